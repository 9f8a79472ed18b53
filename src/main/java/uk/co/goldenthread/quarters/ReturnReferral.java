package uk.co.goldenthread.quarters;

/** One return Cabinet referred back, and the step it reopens at. */
public record ReturnReferral(long returnId, ReopenStep reopenAt) {
}
