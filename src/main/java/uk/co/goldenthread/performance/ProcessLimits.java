package uk.co.goldenthread.performance;

import java.math.BigDecimal;

/**
 * The limits of one stretch of an XmR chart: mean, mean moving range, process limits and the near-limit lines two
 * thirds of the way to them, from how many points, and whether they are still trial limits (fewer than 12 points).
 */
public record ProcessLimits(BigDecimal mean, BigDecimal meanMovingRange, BigDecimal lower, BigDecimal upper,
        BigDecimal lowerNear, BigDecimal upperNear, int points, boolean trial) {

    /** Limits are trial until they rest on this many points. */
    public static final int POINTS_FOR_FIRM_LIMITS = 12;
}
