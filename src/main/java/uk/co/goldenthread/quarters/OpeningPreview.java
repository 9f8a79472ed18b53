package uk.co.goldenthread.quarters;

import java.util.List;
import uk.co.goldenthread.base.FinancialQuarter;

/** What opening a quarter would do: every active measure and intention, and the returns it would go to. */
public record OpeningPreview(FinancialQuarter period, int returnCount, List<MeasureRoute> routes) {

    public OpeningPreview {
        routes = List.copyOf(routes);
    }

    /** The measures and intentions no return would hold. */
    public List<MeasureRoute> nowhere() {
        return routes.stream().filter(MeasureRoute::goesNowhere).toList();
    }
}
