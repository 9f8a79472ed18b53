package uk.co.goldenthread.performance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * XmR limits held multiplied by 3 × n × m (n points, m moving ranges), so that every comparison of a value with the
 * mean, a limit or a near-limit line is exact in BigDecimal: no rounding can move a point across a line.
 */
final class ScaledLimits {

    private static final BigDecimal E2 = new BigDecimal("2.66");
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final BigDecimal scale;
    private final BigDecimal mean;
    private final BigDecimal upper;
    private final BigDecimal lower;
    private final BigDecimal upperNear;
    private final BigDecimal lowerNear;
    private final ProcessLimits limits;

    private ScaledLimits(int n, BigDecimal sum, BigDecimal sumOfRanges) {
        int m = n - 1;
        scale = BigDecimal.valueOf(3L * n * m);
        mean = sum.multiply(BigDecimal.valueOf(3L * m));
        BigDecimal spread = E2.multiply(BigDecimal.valueOf(n)).multiply(sumOfRanges);
        upper = mean.add(spread.multiply(THREE));
        lower = mean.subtract(spread.multiply(THREE));
        upperNear = mean.add(spread.multiply(TWO));
        lowerNear = mean.subtract(spread.multiply(TWO));
        limits = new ProcessLimits(unscale(mean), sumOfRanges.divide(BigDecimal.valueOf(m), MathContext.DECIMAL64),
                unscale(lower), unscale(upper), unscale(lowerNear), unscale(upperNear), n,
                n < ProcessLimits.POINTS_FOR_FIRM_LIMITS);
    }

    /**
     * Limits from the final (not provisional) points of a stretch, up to and including {@code fixedUntil} when that
     * period is in the stretch; none from fewer than two points, which have no moving range.
     */
    static @Nullable ScaledLimits from(List<Observation> stretch, @Nullable String fixedUntil) {
        List<BigDecimal> used = new ArrayList<>();
        for (Observation point : stretch) {
            if (!point.provisional()) {
                used.add(point.value());
            }
            if (point.period().equals(fixedUntil)) {
                break;
            }
        }
        if (used.size() < 2) {
            return null;
        }
        BigDecimal sum = used.getFirst();
        BigDecimal ranges = BigDecimal.ZERO;
        for (int i = 1; i < used.size(); i++) {
            sum = sum.add(used.get(i));
            ranges = ranges.add(used.get(i).subtract(used.get(i - 1)).abs());
        }
        return new ScaledLimits(used.size(), sum, ranges);
    }

    ProcessLimits limits() {
        return limits;
    }

    /** 1 above the mean, -1 below, 0 on it. */
    int side(BigDecimal value) {
        return value.multiply(scale).compareTo(mean);
    }

    boolean outside(BigDecimal value) {
        BigDecimal scaled = value.multiply(scale);
        return scaled.compareTo(upper) > 0 || scaled.compareTo(lower) < 0;
    }

    /** Beyond two thirds of the way to the limit on this side, but not beyond the limit. */
    boolean near(BigDecimal value, int side) {
        BigDecimal scaled = value.multiply(scale);
        return side > 0 ? scaled.compareTo(upperNear) > 0 && scaled.compareTo(upper) <= 0
                : scaled.compareTo(lowerNear) < 0 && scaled.compareTo(lower) >= 0;
    }

    private BigDecimal unscale(BigDecimal scaled) {
        return scaled.divide(scale, MathContext.DECIMAL64);
    }
}
