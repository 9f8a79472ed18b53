package uk.co.goldenthread.packs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.packs.PackContent;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;

/**
 * The pack screen shows every measure of the pack, read from the stored pack a page at a time as the grid is
 * scrolled: no browser session keeps a copy of every line (issue 14, session memory). Rolled back; Q1 2053/54.
 */
@Transactional
class PackScreenReadsPagesTest extends UiTest {

    @Autowired
    PackService packs;

    @Test
    void everyLineIsShownInThePacksOrderFromPagesOfTheStoredPack() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2053, 1).id();
        journeys.completeAll(quarterId, Map.of("FIN01", "91.5"));
        SignIn.as(context, "priya.shah");
        PackSummary pack = packs.compile(quarterId);
        PackContent content = packs.content(pack.id());

        signInAndOpen("priya.shah", "packs/" + pack.id());
        Grid<?> grid = _get(Grid.class, s -> s.withPredicate(g -> g.getAriaLabel().filter("Measures in the pack"::equals)
                .isPresent()));
        assertThat(grid.getDataProvider().isInMemory()).as("no copy of the lines in the session").isFalse();
        assertThat(GridKt._size(grid)).isEqualTo(content.lines().size());
        for (int row = 0; row < content.lines().size(); row++) {
            assertThat(GridKt._getFormatted(grid, row, "code")).isEqualTo(content.lines().get(row).code());
        }
        int fin01 = content.lines().stream().map(l -> l.code()).toList().indexOf("FIN01");
        assertThat(GridKt._getFormatted(grid, fin01, "value")).isEqualTo(content.lines().get(fin01).value());
        assertThat(packs.lines(pack.id(), 0, 2)).as("a page").hasSize(Math.min(2, content.lines().size()))
                .containsExactlyElementsOf(content.lines().subList(0, Math.min(2, content.lines().size())));
    }
}
