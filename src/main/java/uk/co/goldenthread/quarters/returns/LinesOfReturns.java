package uk.co.goldenthread.quarters.returns;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.ReturnLine;
import uk.co.goldenthread.quarters.domain.ReturnLineRepository;

/**
 * The lines of many returns at once, as each return's own page shows them (rating, recent quarters), for a list of
 * returns: the lines, their measures and all their history are each read once, however many returns are listed.
 */
@Component
@Transactional(readOnly = true)
public class LinesOfReturns {

    private final FrameworkService framework;
    private final ReturnLineRepository lines;

    LinesOfReturns(FrameworkService framework, ReturnLineRepository lines) {
        this.framework = framework;
        this.lines = lines;
    }

    /** Each return's lines, by return id, with the seven quarters before it that a line card shows. */
    public Map<Long, List<LineDetails>> of(Collection<QuarterlyReturn> returns) {
        if (returns.isEmpty()) {
            return Map.of();
        }
        List<ReturnLine> own = lines.findWithReturnByReturnIdIn(returns.stream().map(QuarterlyReturn::getId).toList());
        Map<Long, MeasureSummary> measures = framework.measures(own.stream().map(ReturnLine::getMeasureId)
                .distinct().toList());
        Map<Long, Long> sources = measures.isEmpty() ? Map.of() : framework.historySources(measures.keySet());
        int earliest = returns.stream().mapToInt(LinesOfReturns::index).min().orElseThrow();
        int latest = returns.stream().mapToInt(LinesOfReturns::index).max().orElseThrow();
        List<ReturnLine> history = sources.isEmpty() ? List.of()
                : lines.findValuesBetween(sources.keySet(), earliest - LineDetails.EARLIER_PERIODS, latest);
        Map<Long, List<LineDetails>> result = new LinkedHashMap<>();
        for (QuarterlyReturn ret : returns) {
            FinancialQuarter period = ret.getQuarter().getPeriod();
            int index = period.index();
            List<ReturnLine> before = history.stream().filter(l -> index(l.getQuarterlyReturn()) < index
                    && index(l.getQuarterlyReturn()) >= index - LineDetails.EARLIER_PERIODS).toList();
            Map<Long, List<ReturnLine>> earlier = MeasureHistory.byMeasure(ret.getAreaId(), measures, before, sources);
            result.put(ret.getId(), own.stream().filter(l -> l.getQuarterlyReturn().getId() == ret.getId())
                    .map(l -> ReturnAssembler.line(period, l, measureOf(measures, l.getMeasureId()),
                            earlier.getOrDefault(l.getMeasureId(), List.of())))
                    .toList());
        }
        return result;
    }

    private static int index(QuarterlyReturn ret) {
        return ret.getQuarter().getPeriod().index();
    }

    private static MeasureSummary measureOf(Map<Long, MeasureSummary> measures, long measureId) {
        MeasureSummary measure = measures.get(measureId);
        if (measure == null) {
            throw new IllegalStateException("The measure " + measureId + " of a return line was not read with it");
        }
        return measure;
    }
}
