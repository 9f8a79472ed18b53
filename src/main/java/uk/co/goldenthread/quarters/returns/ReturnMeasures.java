package uk.co.goldenthread.quarters.returns;

import java.util.Map;
import uk.co.goldenthread.framework.IntentionSummary;
import uk.co.goldenthread.framework.MeasureSummary;

/** The measures and intentions of one return, read once per request and shared by the steps that need them. */
public record ReturnMeasures(Map<Long, MeasureSummary> measures, Map<Long, IntentionSummary> intentions) {

    /** The measure of one of the return's lines: each is read with the return. */
    public MeasureSummary measure(long measureId) {
        MeasureSummary measure = measures.get(measureId);
        if (measure == null) {
            throw new IllegalStateException("The measure " + measureId + " of a return line was not read with it");
        }
        return measure;
    }

    /** An intention the return reports progress on: intentions are never deleted, so the framework holds it. */
    public IntentionSummary intention(long intentionId) {
        IntentionSummary intention = intentions.get(intentionId);
        if (intention == null) {
            throw new IllegalStateException("The intention " + intentionId + " of a return's progress is not known");
        }
        return intention;
    }

    /** The code of an intention the return reports progress on, or its id should the framework no longer hold it. */
    public String intentionCode(long intentionId) {
        IntentionSummary intention = intentions.get(intentionId);
        return intention == null ? "Intention " + intentionId : intention.code();
    }
}
