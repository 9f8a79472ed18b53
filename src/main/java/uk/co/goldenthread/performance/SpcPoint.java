package uk.co.goldenthread.performance;

import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One plotted point of an XmR chart: its period and value, whether it is provisional (plotted, never used for the
 * limits), the limits of its stretch (none with fewer than two final points), the rules it is part of, and what
 * kind of variation it shows.
 */
public record SpcPoint(String period, BigDecimal value, boolean provisional, @Nullable ProcessLimits limits,
        Set<SpcRule> signals, Variation variation) {

    public SpcPoint {
        signals = Set.copyOf(signals);
    }

    public boolean isSpecialCause() {
        return !signals.isEmpty();
    }
}
