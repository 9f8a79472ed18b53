package uk.co.goldenthread.quarters.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.ScreenText;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.quarters.ReturnHistory;

/** The return's History button, its timeline and its CSV export; a deputy's tasks in My tasks. Rolled back. */
@Transactional
class ReturnHistoryViewTest extends UiTest {

    @Autowired
    ReturnHistory history;
    @Autowired
    Clock clock;

    @Test
    void theHistoryShowsWhoChangedWhatAndWhyAndExportsItForAuditors() {
        var journeys = new Journeys(context);
        long finance = journeys.returnOf(journeys.openQuarter(2027, 2).id(), "Strategic Finance").id();
        journeys.fillIn(finance, Map.of("FIN01", "88.5"));
        journeys.submit(finance);
        journeys.returnToDelivery(finance, "FIN02: £40k of savings are unexplained.");

        signInAndOpen("clare.foster", "returns/" + finance);
        _click(_get(Button.class, s -> s.withText("History")));
        assertThat(_get(H2.class).getText()).startsWith("History: Q2 2027/28 return: Strategic Finance");
        Grid<?> grid = _get(Grid.class);
        int rows = GridKt._size(grid);
        var changes = java.util.stream.IntStream.range(0, rows).mapToObj(r -> GridKt._getFormatted(grid, r, "who")
                + " | " + GridKt._getFormatted(grid, r, "change") + " | " + GridKt._getFormatted(grid, r, "reason")).toList();
        assertThat(changes).contains("James Lewis | FIN01 value: (none) → 88.5 | ",
                "James Lewis | Status: Draft → Submitted | ",
                "Clare Foster | Status: Submitted → Returned to AD Delivery | FIN02: £40k of savings are unexplained.");
        assertThat(GridKt._getFormatted(grid, 0, "when")).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}");
        assertThat(_get(Anchor.class, s -> s.withText("Export to CSV")).getHref()).isNotBlank();

        byte[] csv = history.csv(finance);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("When,Who,On behalf of,What,Old value,New value,Reason\r\n")
                .contains(",Clare Foster,,status,Submitted,Returned to AD Delivery,FIN02: £40k of savings are unexplained.");
    }

    @Test
    void saveDraftAndSubmitWithNoEditAddNoValueChangeToTheHistory() {
        var journeys = new Journeys(context);
        long finance = journeys.returnOf(journeys.openQuarter(2039, 1).id(), "Strategic Finance").id();
        journeys.fillIn(finance, Map.of("FIN01", "88.5"));

        signInAndOpen("james.lewis", "returns/" + finance);
        _click(_get(Button.class, s -> s.withText("Save draft")));
        _click(_get(Button.class, s -> s.withText("Save draft")));
        _click(_get(Button.class, s -> s.withText("Submit return")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        _click(_get(Button.class, s -> s.withText("History")));
        Grid<?> grid = _get(Grid.class);
        var changes = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(r -> GridKt._getFormatted(grid, r, "change")).toList();
        assertThat(changes).as("the value typed once, then only the submission").filteredOn(c -> c.startsWith("FIN01 value"))
                .containsExactly("FIN01 value: (none) → 88.5");
        assertThat(changes).contains("Status: Draft → Submitted")
                .noneMatch(c -> c.matches(".*: (.+) → \\1")).doesNotHaveDuplicates();
    }

    @Test
    void aDeputySeesTheTasksTheyStandInForMarkedOnBehalfOfThePerson() {
        var journeys = new Journeys(context);
        journeys.openQuarter(2027, 3);
        SignIn.as(context, "priya.shah");
        LocalDate today = LocalDate.now(clock);
        context.getBean(PeopleService.class).delegate("james.lewis", "amy.evans", today, today);

        signInAndOpen("amy.evans", "tasks");
        Grid<?> tasks = _get(Grid.class);
        boolean found = false;
        for (int row = 0; row < GridKt._size(tasks); row++) {
            found |= cellText(tasks, row, "return").startsWith("Q3 2027/28: Strategic Finance")
                    && GridKt._getFormatted(tasks, row, "onBehalfOf").equals("On behalf of James Lewis");
        }
        assertThat(found).isTrue();
    }

    @Test
    void someoneNotOnTheRouteCannotSeeTheHistory() {
        var journeys = new Journeys(context);
        long finance = journeys.returnOf(journeys.openQuarter(2027, 4).id(), "Strategic Finance").id();
        signInAndOpen("amy.evans", "returns/" + finance + "/history");
        assertThat(UI.getCurrent().getChildren().map(c -> ScreenText.of(c)).reduce("", String::concat))
                .contains("History not available",
                "You are not on the route of this return");
    }
}
