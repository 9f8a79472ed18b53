package uk.co.goldenthread.quarters;

/** A return was signed off by its Strategic Director (or the next person up). Published after the sign-off commits. */
public record ReturnSignedOff(long quarterId, long returnId) {
}
