package uk.co.goldenthread.quarters;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.quarters.domain.ReturnLine;
import uk.co.goldenthread.quarters.returns.MeasureHistory;
import uk.co.goldenthread.quarters.domain.ReturnLineRepository;

/** The latest value reported for a measure before a quarter, for the measures that have no new data in it. */
@Component
@Transactional(readOnly = true)
class LatestValues {

    private final ReturnLineRepository lines;
    private final FrameworkService framework;

    LatestValues(ReturnLineRepository lines, FrameworkService framework) {
        this.lines = lines;
        this.framework = framework;
    }

    /** Looks up, for one area at a time, the latest values of these measures before the quarter. */
    Lookup before(FinancialQuarter period, Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return new Lookup(Map.of(), List.of(), Map.of());
        }
        Map<Long, Long> sources = framework.historySources(measureIds);
        return new Lookup(framework.measures(measureIds),
                lines.findValuesBefore(sources.keySet(), period.financialYear(), period.quarter()), sources);
    }

    /** {@code sources}: whose lines count as each measure's history (itself and its comparable predecessors). */
    record Lookup(Map<Long, MeasureSummary> measures, List<ReturnLine> values, Map<Long, Long> sources) {

        /** The latest line of the measure as its area sees it (its own area's value first), if any. */
        Optional<ReturnLine> latest(long areaId, long measureId) {
            List<ReturnLine> history = MeasureHistory.byMeasure(areaId, measures, values, sources).get(measureId);
            return history == null || history.isEmpty() ? Optional.empty() : Optional.of(history.getFirst());
        }

        /** "Q4 2031/32", or the period the reporter said the value was as at. */
        static String asAt(ReturnLine line) {
            return line.getDataAsAt() != null ? line.getDataAsAt()
                    : line.getQuarterlyReturn().getQuarter().getPeriod().label();
        }
    }
}
