package uk.co.goldenthread.performance;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How an SPC chart's limits are set: from every point (the default), fixed at the points up to a baseline period,
 * and recalculated from each named change point (a new process, e.g. after a change of service model).
 */
public record SpcSettings(@Nullable String fixedUntil, List<String> changePoints) {

    public static final SpcSettings STANDARD = new SpcSettings(null, List.of());

    public SpcSettings {
        changePoints = List.copyOf(changePoints);
    }

    public static SpcSettings fixedUntil(String baselineEnd) {
        return new SpcSettings(baselineEnd, List.of());
    }

    public SpcSettings withChangePoint(String period) {
        var points = new java.util.ArrayList<>(changePoints);
        points.add(period);
        return new SpcSettings(fixedUntil, points);
    }
}
