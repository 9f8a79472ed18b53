package uk.co.goldenthread.quarters.returns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.quarters.domain.ReturnLine;

/**
 * A measure's earlier values follow the measure, not the person who reported them: one value per quarter, from the
 * same commissioning area where several areas report it. An "All ADs" measure is each area's own, so only its area's
 * values count.
 */
public final class MeasureHistory {

    private MeasureHistory() {
    }

    /** The earlier lines of each measure, latest quarter first, given lines for those measures latest first. */
    public static Map<Long, List<ReturnLine>> byMeasure(long areaId, Map<Long, MeasureSummary> measures, List<ReturnLine> lines) {
        return byMeasure(areaId, measures, lines, Map.of());
    }

    /**
     * The same, where {@code sources} maps a comparable predecessor's id to the measure whose history its lines are
     * (see {@code FrameworkService.historySources}); lines of measures not in it count for themselves.
     */
    public static Map<Long, List<ReturnLine>> byMeasure(long areaId, Map<Long, MeasureSummary> measures,
            List<ReturnLine> lines, Map<Long, Long> sources) {
        Map<Long, Map<FinancialQuarter, ReturnLine>> chosen = new LinkedHashMap<>();
        for (ReturnLine line : lines) {
            long measureId = sources.getOrDefault(line.getMeasureId(), line.getMeasureId());
            MeasureSummary measure = measures.get(measureId);
            boolean sameArea = line.getQuarterlyReturn().getAreaId() == areaId;
            if (measure == null || (measure.allAds() && !sameArea)) {
                continue;
            }
            FinancialQuarter period = line.getQuarterlyReturn().getQuarter().getPeriod();
            Map<FinancialQuarter, ReturnLine> byPeriod = chosen.computeIfAbsent(measureId, k -> new LinkedHashMap<>());
            ReturnLine already = byPeriod.get(period);
            if (already == null || (sameArea && already.getQuarterlyReturn().getAreaId() != areaId)) {
                byPeriod.put(period, line);
            }
        }
        Map<Long, List<ReturnLine>> result = new LinkedHashMap<>();
        chosen.forEach((measureId, byPeriod) -> result.put(measureId, new ArrayList<>(byPeriod.values())));
        return result;
    }
}
