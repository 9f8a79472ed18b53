package uk.co.goldenthread.quarters;

import java.util.List;
import java.util.Map;
import uk.co.goldenthread.performance.Rag;

/**
 * One return on a Strategic Director's scorecard: where it is, how its measures rate (with their recent quarters for
 * each measure's small chart), whether it can be signed off.
 */
public record ScorecardRow(long returnId, long version, String areaName, String adDeliveryName, ReturnStatus status,
        Map<Rag, Long> ragCounts, boolean canSignOff, List<LineDetails> lines) {

    public ScorecardRow {
        lines = List.copyOf(lines);
    }
}
