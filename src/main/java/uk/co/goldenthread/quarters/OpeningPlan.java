package uk.co.goldenthread.quarters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.co.goldenthread.quarters.RoutePlanner.ReturnKey;

/** What opening a quarter creates: per return, its measure lines (due or not) and intentions; and every route. */
final class OpeningPlan {

    /** One measure in one return; a line not due carries the latest value read-only. */
    record Line(long measureId, boolean due) {
    }

    /** What one return holds. */
    static final class Contents {
        final List<Line> lines = new ArrayList<>();
        final List<Long> intentions = new ArrayList<>();
    }

    private final List<MeasureRoute> routes = new ArrayList<>();
    private final Map<ReturnKey, Contents> returns = new LinkedHashMap<>();

    void add(MeasureRoute route) {
        routes.add(route);
    }

    void addLine(ReturnKey key, long measureId, boolean due) {
        returns.computeIfAbsent(key, k -> new Contents()).lines.add(new Line(measureId, due));
    }

    void addProgress(ReturnKey key, long intentionId) {
        returns.computeIfAbsent(key, k -> new Contents()).intentions.add(intentionId);
    }

    List<MeasureRoute> routes() {
        return routes;
    }

    List<MeasureRoute> nowhere() {
        return routes.stream().filter(MeasureRoute::goesNowhere).toList();
    }

    /** The measures some return carries without new data. */
    java.util.Set<Long> notDueMeasureIds() {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        returns.values().forEach(c -> c.lines.stream().filter(l -> !l.due()).forEach(l -> ids.add(l.measureId())));
        return ids;
    }

    Map<ReturnKey, Contents> returns() {
        return returns;
    }
}
