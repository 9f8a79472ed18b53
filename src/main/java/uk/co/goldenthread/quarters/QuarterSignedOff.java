package uk.co.goldenthread.quarters;

/**
 * A quarter's returns are done with: every one signed off, or the Performance Team closed the quarter early (the
 * returns not signed off are then missing). The quarter's workflow has ended; what follows belongs to its pack.
 */
public record QuarterSignedOff(long quarterId, boolean closedEarly) {
}
