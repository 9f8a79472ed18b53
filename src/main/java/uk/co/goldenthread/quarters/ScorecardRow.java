package uk.co.goldenthread.quarters;

import java.util.Map;
import uk.co.goldenthread.performance.Rag;

/** One return on a Strategic Director's scorecard: where it is, how its measures rate, whether it can be signed off. */
public record ScorecardRow(long returnId, long version, String areaName, String adDeliveryName, ReturnStatus status,
        Map<Rag, Long> ragCounts, boolean canSignOff) {
}
