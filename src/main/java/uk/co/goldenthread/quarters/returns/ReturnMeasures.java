package uk.co.goldenthread.quarters.returns;

import java.util.Map;
import uk.co.goldenthread.framework.IntentionSummary;
import uk.co.goldenthread.framework.MeasureSummary;

/** The measures and intentions of one return, read once per request and shared by the steps that need them. */
public record ReturnMeasures(Map<Long, MeasureSummary> measures, Map<Long, IntentionSummary> intentions) {

    public MeasureSummary measure(long measureId) {
        return measures.get(measureId);
    }

    public String intentionCode(long intentionId) {
        return intentions.get(intentionId).code();
    }
}
