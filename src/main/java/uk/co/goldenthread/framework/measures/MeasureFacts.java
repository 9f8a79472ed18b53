package uk.co.goldenthread.framework.measures;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import uk.co.goldenthread.framework.ReportedValue;

/**
 * What a pack copies about a measure beyond its summary, as {@link MeasureDetails} has it: its benchmarks, its
 * improvement lead, and its reported values with those of its comparable predecessors (latest quarter first).
 */
@NamedInterface("measures")
public record MeasureFacts(List<MeasureDetails.Comparison> comparators, @Nullable String improvementLeadName,
        List<ReportedValue> values) {
}
