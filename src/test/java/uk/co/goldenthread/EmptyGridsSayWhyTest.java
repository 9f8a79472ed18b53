package uk.co.goldenthread;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.framework.MeasureKind;

/**
 * A grid with no rows says why in a sentence instead of standing blank (issue 13): the Performance Team's search of
 * measures or of people that matches nothing. Rolled back.
 */
class EmptyGridsSayWhyTest extends AdminUiTest {

    @Test
    void measuresThatMatchNoFilterSaySo() {
        signInAndOpen("priya.shah", "measures");
        fill("Search code or title", "ict");
        fill("Type", MeasureKind.KBI);
        assertThat(rowsAndEmptyText(grid("Measures"))).isEqualTo("0 rows: No measure matches the search and "
                + "filters: change or clear them to see more.");
    }

    @Test
    void aSearchOfPeopleThatFindsNoOneSaysSo() {
        signInAndOpen("priya.shah", "people");
        fill("Search by name or username", "nobody-of-that-name");
        assertThat(rowsAndEmptyText(grid("People"))).isEqualTo("0 rows: No one matches the search: check the "
                + "spelling, or search by part of a name or username.");
    }

    private static String rowsAndEmptyText(Grid<?> grid) {
        return GridKt._size(grid) + " rows: " + grid.getEmptyStateText();
    }
}
