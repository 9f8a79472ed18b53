package uk.co.goldenthread.quarters;

/** Every return reopened by a pack (Cabinet referred it back, or a correction) is signed off again. */
public record ReferredReturnsSignedOff(long quarterId) {
}
