package uk.co.goldenthread.quarters;

import java.util.List;

/**
 * The pack's event: Cabinet referred a version back, or the Performance Team opened a correction that goes back
 * through the returns. Each named return reopens at the step given, with the reason on it; once all are signed off
 * again the quarters publish {@link ReferredReturnsSignedOff}. Heard in the pack's own transaction, so a refusal (a
 * return still on its route, one of another quarter) leaves the pack unchanged too.
 */
public record PackReturnsReopened(long packId, long quarterId, List<ReturnReferral> referrals, String reason,
        String by) {
}
