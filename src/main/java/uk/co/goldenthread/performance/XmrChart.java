package uk.co.goldenthread.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Statistical process control of a measure's history as an XmR chart, to NHS England's Making Data Count rules
 * ({@link SpcRule#RULE_SET}). Missing values are left out; provisional ones are plotted but never shape the limits.
 */
public final class XmrChart {

    private XmrChart() {
    }

    /** The chart of {@code history} (oldest first) in the rule's polarity, judged against the latest target. */
    public static SpcResult analyse(List<Observation> history, RagRule rule, @Nullable BigDecimal target,
            SpcSettings settings) {
        List<Observation> plotted = history.stream().filter(o -> o.value() != null).toList();
        List<SpcPoint> points = new ArrayList<>(plotted.size());
        ScaledLimits latest = null;
        int start = 0;
        for (int i = 1; i <= plotted.size(); i++) {
            if (i == plotted.size() || settings.changePoints().contains(plotted.get(i).period())) {
                latest = addStretch(plotted.subList(start, i), rule.polarity(), settings, points);
                start = i;
            }
        }
        Variation variation = points.isEmpty() ? Variation.NOT_ENOUGH_DATA : points.getLast().variation();
        ProcessLimits limits = latest == null ? null : latest.limits();
        return new SpcResult(SpcRule.RULE_SET, points, limits, variation, assurance(rule, target, limits));
    }

    private static @Nullable ScaledLimits addStretch(List<Observation> stretch, @Nullable Polarity polarity,
            SpcSettings settings, List<SpcPoint> points) {
        ScaledLimits limits = ScaledLimits.from(stretch, settings.fixedUntil());
        if (limits == null) {
            stretch.forEach(o -> points.add(new SpcPoint(o.period(), o.knownValue(), o.provisional(), null,
                    java.util.Set.of(), Variation.NOT_ENOUGH_DATA)));
            return null;
        }
        List<BigDecimal> values = stretch.stream().map(Observation::value).toList();
        SpcSignals signals = SpcSignals.find(values, limits);
        for (int i = 0; i < stretch.size(); i++) {
            Observation o = stretch.get(i);
            var rules = signals.rules(i);
            Variation variation = rules.isEmpty() ? Variation.COMMON_CAUSE : Variation.of(signals.high(i), polarity);
            points.add(new SpcPoint(o.period(), o.knownValue(), o.provisional(), limits.limits(), rules, variation));
        }
        return limits;
    }

    /** Whether the target lies beyond a limit: on the good side the process passes every time, on the bad it fails. */
    static Assurance assurance(RagRule rule, @Nullable BigDecimal target, @Nullable ProcessLimits limits) {
        if (limits == null || rule.polarity() == null) {
            return Assurance.NOT_APPLICABLE;
        }
        return switch (rule.polarity()) {
            case HIGHER_IS_BETTER -> target == null ? Assurance.NOT_APPLICABLE
                    : target.compareTo(limits.lower()) < 0 ? Assurance.CONSISTENTLY_PASSING
                    : target.compareTo(limits.upper()) > 0 ? Assurance.CONSISTENTLY_FAILING : Assurance.HIT_AND_MISS;
            case LOWER_IS_BETTER -> target == null ? Assurance.NOT_APPLICABLE
                    : target.compareTo(limits.upper()) > 0 ? Assurance.CONSISTENTLY_PASSING
                    : target.compareTo(limits.lower()) < 0 ? Assurance.CONSISTENTLY_FAILING : Assurance.HIT_AND_MISS;
            case WITHIN_BAND -> bandAssurance(rule, limits);
        };
    }

    private static Assurance bandAssurance(RagRule rule, ProcessLimits limits) {
        if (rule.bandLower() == null || rule.bandUpper() == null) {
            return Assurance.NOT_APPLICABLE;
        }
        BigDecimal low = rule.bandLower().min(rule.bandUpper());
        BigDecimal high = rule.bandLower().max(rule.bandUpper());
        if (limits.lower().compareTo(low) >= 0 && limits.upper().compareTo(high) <= 0) {
            return Assurance.CONSISTENTLY_PASSING;
        }
        if (limits.upper().compareTo(low) < 0 || limits.lower().compareTo(high) > 0) {
            return Assurance.CONSISTENTLY_FAILING;
        }
        return Assurance.HIT_AND_MISS;
    }
}
