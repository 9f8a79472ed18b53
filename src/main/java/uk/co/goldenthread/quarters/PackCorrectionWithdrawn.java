package uk.co.goldenthread.quarters;

/**
 * The pack's event: the Performance Team withdrew a correction whose returns were sent back ({@link
 * PackReturnsReopened}) before its version was compiled. Every return it reopened goes back to what it held when it was
 * reopened, as the published version shows it: its status, values, commentary, remedial actions and progress, its
 * route ended. Heard in the pack's own transaction, so a failure leaves the correction open and every return as it was.
 */
public record PackCorrectionWithdrawn(long packId, long quarterId, String reason, String by) {
}
