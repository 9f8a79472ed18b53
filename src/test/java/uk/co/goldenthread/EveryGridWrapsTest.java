package uk.co.goldenthread;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No grid cuts its text with "…" (issue 13): every grid on the Performance Team's pages wraps its cells, so a long
 * outcome, title, change or reason is read whole. Rolled back; Q1 2037/38.
 */
class EveryGridWrapsTest extends AdminUiTest {

    @Test
    void everyGridOnThePerformanceTeamsPagesWrapsItsCells() {
        var journeys = new Journeys(context);
        long finance = journeys.returnOf(journeys.openQuarter(2037, 1).id(), "Strategic Finance").id();
        journeys.fillIn(finance, Map.of("FIN01", "91.5"));

        signInAndOpen("priya.shah", "quarters");
        List<String> cut = new ArrayList<>();
        for (String page : List.of("quarters", "packs", "outcomes", "measures", "measures/FIN01", "intentions", "areas",
                "people", "versions", "data-quality", "returns/" + finance + "/history")) {
            UI.getCurrent().navigate(page);
            List<Grid> grids = _find(Grid.class);
            assertThat(grids).as(page + " has a grid").isNotEmpty();
            grids.stream().filter(g -> !g.getThemeNames().contains("wrap-cell-content"))
                    .forEach(g -> cut.add(page + ": " + g.getAriaLabel().orElse("(a grid without a label)")));
        }
        assertThat(cut).as("grids that cut their text").isEmpty();
    }
}
