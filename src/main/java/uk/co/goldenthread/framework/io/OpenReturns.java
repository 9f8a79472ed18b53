package uk.co.goldenthread.framework.io;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.framework.MeasureReturns;
import uk.co.goldenthread.framework.ReportedValue;
import uk.co.goldenthread.framework.measures.domain.MeasureRepository;

/**
 * Which open returns (not yet signed off, included in a pack or published) use given measures: the framework asks
 * the quarters module through its {@link MeasureReturns} port, and names the measures by code.
 */
@Component
@Transactional(readOnly = true)
public class OpenReturns {

    private final MeasureRepository measures;
    private final MeasureReturns returns;

    OpenReturns(MeasureRepository measures, MeasureReturns returns) {
        this.measures = measures;
        this.returns = returns;
    }

    /** For each measure code used by an open return, the returns, e.g. "Q1 2021/22 Strategic Finance (James Lewis)". */
    public Map<String, List<String>> using(Collection<String> measureCodes) {
        if (measureCodes.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> codes = new HashMap<>();
        measures.findByCodeIn(measureCodes).forEach(m -> codes.put(m.getId(), m.getCode()));
        Map<String, TreeSet<String>> found = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (ReportedValue value : returns.inOpenReturns(codes.keySet())) {
            found.computeIfAbsent(codes.get(value.measureId()), c -> new TreeSet<>())
                    .add(value.quarter().label() + " " + value.areaName() + " (" + value.reportedBy() + ")");
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        found.forEach((code, returnsUsing) -> result.put(code, List.copyOf(returnsUsing)));
        return result;
    }
}
