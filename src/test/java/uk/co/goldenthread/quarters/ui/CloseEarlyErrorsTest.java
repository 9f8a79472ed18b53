package uk.co.goldenthread.quarters.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterStatus;
import uk.co.goldenthread.quarters.QuarterSummary;

/**
 * Close early says why it was refused inside its dialog, beside the reason and under "There is a problem", never in
 * a red toast; the dialog stays open with what was typed. Rolled back.
 */
@Transactional
class CloseEarlyErrorsTest extends UiTest {

    @Autowired
    QuarterService quarters;

    @Test
    void aBlankReasonAndAQuarterClosedMeanwhileAreRefusedInTheDialog() {
        long quarterId = new Journeys(context).openQuarter(2033, 1).id();
        signInAndOpen("priya.shah", "quarters");
        selectQuarter("Q1 2033/34");
        _click(_get(Button.class, s -> s.withText("Close Q1 2033/34 early")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, s -> s.withText("Close Q1 2033/34 early")));

        TextArea reason = _get(dialog, TextArea.class, s -> s.withLabel("Reason"));
        assertThat(errorSummary()).containsExactly("Reason: Give a reason.");
        assertThat(reason.isInvalid()).isTrue();

        SignIn.as(context, "priya.shah");
        quarters.closeEarly(quarterId, "Closed in another window");
        _setValue(reason, "Cabinet papers are due");
        _click(_get(dialog, Button.class, s -> s.withText("Close Q1 2033/34 early")));

        assertThat(dialog.isOpened()).as("the dialog stays, with the reason typed").isTrue();
        assertThat(reason.getValue()).isEqualTo("Cabinet papers are due");
        assertThat(reason.isInvalid()).isFalse();
        assertThat(errorSummary()).singleElement().asString()
                .startsWith("Only an open quarter can be closed early: Q1 2033/34 is at 'Closed early");
        assertThat(errorToasts()).isEmpty();
        assertThat(quarters.get(quarterId).status()).isEqualTo(QuarterStatus.CLOSED_EARLY);
    }

    @SuppressWarnings("unchecked")
    private static void selectQuarter(String label) {
        Grid<QuarterSummary> grid = _get(Grid.class, s -> s.withPredicate(g -> "Quarters".equals(g.getAriaLabel().orElse(null))));
        for (int row = 0; row < GridKt._size(grid); row++) {
            QuarterSummary quarter = GridKt._get(grid, row);
            if (quarter.period().label().equals(label)) {
                grid.select(quarter);
                return;
            }
        }
        throw new AssertionError("No quarter " + label);
    }
}
