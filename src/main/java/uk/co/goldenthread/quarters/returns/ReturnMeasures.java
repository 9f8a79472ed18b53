package uk.co.goldenthread.quarters.returns;

import java.util.Map;
import uk.co.goldenthread.framework.IntentionSummary;
import uk.co.goldenthread.framework.MeasureSummary;

/** The measures and intentions of one return, read once per request and shared by the steps that need them. */
public record ReturnMeasures(Map<Long, MeasureSummary> measures, Map<Long, IntentionSummary> intentions) {

    /** The code of an intention the return reports progress on, or its id should the framework no longer hold it. */
    public String intentionCode(long intentionId) {
        IntentionSummary intention = intentions.get(intentionId);
        return intention == null ? "Intention " + intentionId : intention.code();
    }
}
