package uk.co.goldenthread.performance;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An XmR chart of a measure: every plotted point, the limits the latest point is judged by, the variation and
 * assurance icons, and the rule set used, named so that a reader can look it up.
 */
public record SpcResult(String ruleSet, List<SpcPoint> points, @Nullable ProcessLimits latestLimits,
        Variation variation, Assurance assurance) {

    public SpcResult {
        points = List.copyOf(points);
    }

    public boolean trial() {
        return latestLimits != null && latestLimits.trial();
    }

    /** One sentence for screens and packs, e.g. "Common cause variation. Hit and miss: ... (trial limits from 8 points)". */
    public String summary() {
        String text = variation.label() + ". " + assurance.label();
        if (latestLimits != null && latestLimits.trial()) {
            text += " (trial limits from " + latestLimits.points() + " points)";
        }
        return text + ".";
    }
}
