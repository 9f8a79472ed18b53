package uk.co.goldenthread.quarters.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.quarters.QuarterStatus;
import uk.co.goldenthread.quarters.QuarterSummary;
import uk.co.goldenthread.quarters.ReturnStatus;

/**
 * Every irreversible step asks first, naming what will happen, and its button says the action; Cancel changes nothing.
 * Rolled back.
 */
@Transactional
class ConfirmationDialogsTest extends UiTest {

    @Test
    void submitApproveAndSignOffEachAskFirstAndCancelChangesNothing() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2035, 1).id();
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        journeys.fillIn(finance, Map.of());

        signInAndOpen("james.lewis", "returns/" + finance);
        clickButton("Submit return");
        ConfirmDialog submit = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(submit)).isEqualTo("Submit the Q1 2035/36 return?");
        assertThat(ConfirmDialogKt.getText(submit)).contains("Clare Foster", "review", "cannot change it");
        assertThat(confirmText(submit)).isEqualTo("Submit Q1 2035/36 return");
        ConfirmDialogKt._fireCancel(submit);
        assertThat(journeys.get(finance, "james.lewis").status()).isEqualTo(ReturnStatus.DRAFT);
        signInAndOpen("james.lewis", "returns/" + finance);
        clickButton("Submit return");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(journeys.get(finance, "james.lewis").status()).isEqualTo(ReturnStatus.SUBMITTED);

        signInAndOpen("clare.foster", "returns/" + finance);
        clickButton("Approve");
        ConfirmDialog approve = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(approve)).isEqualTo("Approve the Q1 2035/36 return?");
        assertThat(ConfirmDialogKt.getText(approve)).contains("Helen Marsh", "sign-off");
        assertThat(confirmText(approve)).isEqualTo("Approve Q1 2035/36 return");
        ConfirmDialogKt._fireCancel(approve);
        assertThat(journeys.get(finance, "clare.foster").status()).isEqualTo(ReturnStatus.SUBMITTED);
        signInAndOpen("clare.foster", "returns/" + finance);
        clickButton("Approve");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(journeys.get(finance, "clare.foster").status()).isEqualTo(ReturnStatus.APPROVED);

        signInAndOpen("helen.marsh", "returns/" + finance);
        clickButton("Sign off");
        ConfirmDialog signOff = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(signOff)).isEqualTo("Sign off the Q1 2035/36 return?");
        assertThat(ConfirmDialogKt.getText(signOff)).contains("pack", "Cabinet");
        assertThat(confirmText(signOff)).isEqualTo("Sign off Q1 2035/36 return");
        ConfirmDialogKt._fireCancel(signOff);
        assertThat(journeys.get(finance, "helen.marsh").status()).isEqualTo(ReturnStatus.APPROVED);
        signInAndOpen("helen.marsh", "returns/" + finance);
        clickButton("Sign off");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(journeys.get(finance, "helen.marsh").status()).isEqualTo(ReturnStatus.SIGNED_OFF);
    }

    @Test
    void signOffAllAsksFirstAndIsEnabledOnlyWithSomethingToSign() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2035, 2).id();
        long it = journeys.returnOf(quarterId, "Strategic IT").id();

        signInAndOpen("helen.marsh", "scorecard");
        chooseQuarter("Q2 2035/36");
        assertThat(signOffAll().isEnabled()).isFalse();

        journeys.fillIn(it, Map.of());
        journeys.submit(it);
        journeys.approve(it);
        signInAndOpen("helen.marsh", "scorecard");
        chooseQuarter("Q2 2035/36");
        assertThat(signOffAll().isEnabled()).isTrue();
        _click(signOffAll());
        ConfirmDialog all = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(all)).isEqualTo("Sign off 1 approved return for Q2 2035/36?");
        assertThat(ConfirmDialogKt.getText(all)).contains("Strategic IT", "pack");
        assertThat(confirmText(all)).isEqualTo("Sign off 1 return");
        ConfirmDialogKt._fireCancel(all);
        assertThat(journeys.get(it, "helen.marsh").status()).isEqualTo(ReturnStatus.APPROVED);

        _click(signOffAll());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(journeys.get(it, "helen.marsh").status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        assertThat(signOffAll().isEnabled()).isFalse();
    }

    @Test
    void closingAQuarterEarlyNamesTheConsequenceAndCancelLeavesItOpen() {
        var journeys = new Journeys(context);
        journeys.openQuarter(2035, 3);

        signInAndOpen("priya.shah", "quarters");
        selectQuarter("Q3 2035/36");
        clickButton("Close Q3 2035/36 early");
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getElement().getTextRecursively())
                .contains("Returns not signed off are marked missing and listed as missing in the pack");
        _setValue(_get(dialog, TextArea.class, s -> s.withLabel("Reason")), "Cabinet papers are due");
        _click(_get(dialog, Button.class, s -> s.withText("Cancel")));
        _assertNone(Dialog.class);
        assertThat(quarter("Q3 2035/36").status()).isEqualTo(QuarterStatus.OPEN);

        clickButton("Close Q3 2035/36 early");
        _setValue(_get(TextArea.class, s -> s.withLabel("Reason")), "Cabinet papers are due");
        clickButton("Close Q3 2035/36 early", Dialog.class);
        assertThat(quarter("Q3 2035/36").status()).isNotEqualTo(QuarterStatus.OPEN);
    }

    private static String confirmText(ConfirmDialog dialog) {
        return dialog.getElement().getProperty("confirmText");
    }

    private static Button signOffAll() {
        return _get(Button.class, s -> s.withText("Sign off all approved returns"));
    }

    @SuppressWarnings("unchecked")
    private static void chooseQuarter(String label) {
        Select<QuarterSummary> select = _get(Select.class, s -> s.withLabel("Quarter"));
        select.setValue(select.getListDataView().getItems().filter(q -> q.period().label().equals(label))
                .findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static Grid<QuarterSummary> quarterGrid() {
        return _get(Grid.class, s -> s.withPredicate(g -> "Quarters".equals(g.getAriaLabel().orElse(null))));
    }

    private static QuarterSummary quarter(String label) {
        Grid<QuarterSummary> grid = quarterGrid();
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).period().label().equals(label)) {
                return GridKt._get(grid, row);
            }
        }
        throw new AssertionError("No quarter " + label);
    }

    private static void selectQuarter(String label) {
        quarterGrid().select(quarter(label));
    }

    private static void clickButton(String text) {
        _click(_get(Button.class, s -> s.withText(text)));
    }

    private static void clickButton(String text, Class<? extends com.vaadin.flow.component.Component> within) {
        _click(_get(_get(within), Button.class, s -> s.withText(text)));
    }
}
