package uk.co.goldenthread.quarters.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.ScreenText;
import uk.co.goldenthread.TestTimetable;
import uk.co.goldenthread.Timers;
import uk.co.goldenthread.UiTest;

/**
 * A step whose deadline passed is marked "Overdue" for its assignee and listed for the person it was escalated to.
 * No SMTP server listens here: the escalation e-mail fails after the commit, is logged, and changes nothing else.
 */
class OverdueDashboardTest extends UiTest {

    @Test
    void aLateStepIsMarkedOverdueAndListedForTheNextLevelUpEvenWhenNoMailServerAnswers() {
        var journeys = new Journeys(context);
        var timers = new Timers(context);
        long finance = journeys.returnOf(journeys.openQuarter(2023, 3).id(), "Strategic Finance").id();
        LocalDate due = TestTimetable.of(2023, 3).submissionDue();
        try {
            timers.setClock(due.plusDays(1).atTime(1, 0));
            assertThat(timers.fireDue(finance)).as("the reminder, too late to send, and the escalation").isEqualTo(2);
        } finally {
            timers.resetClock();
        }

        signInAndOpen("james.lewis", "tasks");
        Grid<?> tasks = grid("My tasks");
        int row = rowStartingWith(tasks, "return", "Q3 2023/24: Strategic Finance");
        assertThat(text(GridKt._getCellComponent(tasks, row, "due"))).isEqualTo("14 Jan 2024 ⚠ Overdue");

        signInAndOpen("clare.foster", "tasks");
        _get(H3.class, s -> s.withText("Overdue steps escalated to you"));
        Grid<?> escalated = grid("Overdue steps escalated to you");
        row = rowStartingWith(escalated, "return", "Q3 2023/24: Strategic Finance (James Lewis)");
        assertThat(GridKt._getFormatted(escalated, row, "step")).isEqualTo("Complete return");
        assertThat(GridKt._getFormatted(escalated, row, "with")).isEqualTo("James Lewis");
        assertThat(text(GridKt._getCellComponent(escalated, row, "late")))
                .isEqualTo("⚠ " + DAYS.between(due, LocalDate.now()) + " days late");

        RouterLinkKt._click(cellLink(escalated, row, "return"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("returns/" + finance);
    }

    private static Grid<?> grid(String ariaLabel) {
        return _find(Grid.class).stream().filter(g -> g.getAriaLabel().filter(ariaLabel::equals).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("No grid '" + ariaLabel + "'"));
    }

    private static int rowStartingWith(Grid<?> grid, String column, String prefix) {
        return IntStream.range(0, GridKt._size(grid))
                .filter(r -> cellText(grid, r, column).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("No row starting with " + prefix));
    }

    private static String text(Component component) {
        return ScreenText.of(component);
    }
}
