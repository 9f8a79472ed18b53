package uk.co.goldenthread.framework.quality;

import java.util.List;
import uk.co.goldenthread.framework.MeasureSummary;

/**
 * Gaps in the framework that stop measures being reported or rated, for measures not retired: each list is one kind
 * of problem, and a measure appears in every list whose problem it has.
 */
public record DataQualityReport(int financialYear, List<MeasureSummary> withoutBaseline,
        List<MeasureSummary> withoutTargetThisYear, List<MeasureSummary> withoutOwner,
        List<MeasureSummary> proxiesWithoutRationale, List<MeasureSummary> kbmsWithoutPolarity) {

    public int problemCount() {
        return withoutBaseline.size() + withoutTargetThisYear.size() + withoutOwner.size()
                + proxiesWithoutRationale.size() + kbmsWithoutPolarity.size();
    }
}
