package uk.co.goldenthread.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.quarters.QuarterService;

/**
 * Every grid whose rows lead to a page names each row by a link to it, in the first column, where Tab lands on the
 * grid's rows and Enter reaches the link (WCAG 2.1.1; KeyboardWalkTest does it in a real browser); the name wraps in
 * full. Rolled back; Q2 2037/38.
 */
@Transactional
class GridLinksTest extends UiTest {

    @Test
    void eachReturnOnMyTasksIsALinkByItsName() {
        var journeys = new Journeys(context);
        long finance = journeys.returnOf(journeys.openQuarter(2037, 2).id(), "Strategic Finance").id();

        signInAndOpen("james.lewis", "tasks");
        followLink(grid("My tasks"), "return", "Q2 2037/38: Strategic Finance (James Lewis)", "returns/" + finance);
    }

    @Test
    void eachReturnOfAQuarterIsALinkByItsAreaOnQuarters() {
        var journeys = new Journeys(context);
        long finance = journeys.returnOf(journeys.openQuarter(2037, 2).id(), "Strategic Finance").id();

        signInAndOpen("priya.shah", "quarters");
        Grid<?> quarters = grid("Quarters");
        GridKt._selectRow(quarters, rowShowing(quarters, "quarter", "Q2 2037/38"));
        followLink(grid("Returns of the selected quarter"), "area", "Strategic Finance", "returns/" + finance);
    }

    @Test
    void eachReturnIsALinkByItsQuarterAndAreaOnReviews() {
        var journeys = new Journeys(context);
        long finance = journeys.returnOf(journeys.openQuarter(2037, 2).id(), "Strategic Finance").id();

        signInAndOpen("clare.foster", "reviews");
        followLink(grid("Reviews"), "return", "Q2 2037/38: Strategic Finance", "returns/" + finance);
    }

    @Test
    void eachReturnIsALinkByItsAreaOnTheScorecard() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2037, 2).id();
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();

        signInAndOpen("helen.marsh", "scorecard");
        _setValue(_get(Select.class, s -> s.withLabel("Quarter")), context.getBean(QuarterService.class).list()
                .stream().filter(q -> q.id() == quarterId).findFirst().orElseThrow());
        followLink(grid("Scorecard"), "area", "Strategic Finance", "returns/" + finance);
    }

    @Test
    void eachPackIsALinkByItsTitleOnPacks() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2037, 2).id();
        journeys.completeAll(quarterId, Map.of());
        SignIn.as(context, "priya.shah");
        PackSummary pack = context.getBean(PackService.class).compile(quarterId);

        signInAndOpen("priya.shah", "packs");
        followLink(grid("Packs"), "title", pack.title(), "packs/" + pack.id());
    }

    @Test
    void eachMeasureIsALinkByItsCodeOnMeasures() {
        signInAndOpen("priya.shah", "measures");
        followLink(grid("Measures"), "code", "FIN01", "measures/FIN01");
    }

    /** The row's link shows the text, sits in the first column, wraps, and opens the page. */
    private static void followLink(Grid<?> grid, String key, String text, String path) {
        assertThat(grid.getColumns().getFirst().getKey()).as("the link is where Tab lands").isEqualTo(key);
        assertThat(grid.getThemeNames()).as("long names wrap, never cut with …").contains("wrap-cell-content");
        RouterLink link = cellLink(grid, rowShowing(grid, key, text), key);
        assertThat(link.getText()).isEqualTo(text);
        assertThat(link.getHref()).isEqualTo(path);
        RouterLinkKt._click(link);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(path);
    }

    private static int rowShowing(Grid<?> grid, String key, String text) {
        return IntStream.range(0, GridKt._size(grid)).filter(row -> cellText(grid, row, key).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No row of " + grid.getAriaLabel().orElse("the grid")
                        + " shows '" + text + "' in " + key));
    }

    private static Grid<?> grid(String ariaLabel) {
        return LocatorJ._find(Grid.class).stream().filter(g -> g.getAriaLabel().filter(ariaLabel::equals).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("No grid '" + ariaLabel + "'"));
    }
}
