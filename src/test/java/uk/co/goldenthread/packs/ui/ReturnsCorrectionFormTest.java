package uk.co.goldenthread.packs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.base.ui.ErrorSummary;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackStatus;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.packs.ReturnsCorrectionService;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.ReturnSummary;

/**
 * On the Packs page the Performance Team corrects a published pack through its returns: a change note and the returns
 * that go back; once they are signed off again, version 2 is compiled and published with the note. The old one-person
 * "Publish a correction" is gone. Rolled back.
 */
@Transactional
class ReturnsCorrectionFormTest extends UiTest {

    static final String HEADING = "Correct Q3 2016/17 through its returns";

    @Autowired
    PackService packs;
    @Autowired
    ReturnsCorrectionService corrections;

    @Test
    void thePerformanceTeamSendsReturnsBackAndPublishesTheCorrectedVersion() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2016, 3).id();
        journeys.completeAll(quarterId, Map.of());
        SignIn.as(context, "priya.shah");
        PackSummary first = new Journeys(context).compileAndPublish(quarterId);
        ReturnSummary finance = journeys.returnOf(quarterId, "Strategic Finance");

        signInAndOpen("priya.shah", "packs");
        assertThat(_find(Button.class, s -> s.withText("Publish a correction"))).as("the one-person correction is gone")
                .isEmpty();
        assertThat(_find(TextArea.class, s -> s.withLabel("Change note"))).as("one form for the correction through "
                + "the returns, one for a typo in the commentary, per published quarter").hasSizeGreaterThanOrEqualTo(2);
        ReturnsCorrectionForm form = form();
        _click(_get(form, Button.class, s -> s.withText("Send the returns back")));
        TextArea note = _get(form, TextArea.class, s -> s.withLabel("Change note"));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Say what the correction changes: the public page shows it.");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ReturnSummary> returns = _get(form, CheckboxGroup.class, s -> s.withLabel("Returns to correct"));
        assertThat(returns.isInvalid()).isTrue();
        assertThat(returns.getErrorMessage()).isEqualTo("Choose the returns the correction sends back to their AD "
                + "Delivery.");
        ErrorSummary summary = _get(form, ErrorSummary.class);
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.getElement().getTextRecursively()).contains("There is a problem", "Change note: Say what");
        assertThat(journeys.get(finance.id(), "priya.shah").status()).as("nothing changed")
                .isEqualTo(ReturnStatus.PUBLISHED);

        SignIn.as(context, "priya.shah");
        _setValue(note, "FIN01 restated");
        returns.select(returns.getListDataView().getItems().filter(r -> r.id() == finance.id()).findFirst()
                .orElseThrow());
        _click(_get(form, Button.class, s -> s.withText("Send the returns back")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Send 1 return(s) back for the correction?");
        assertThat(ConfirmDialogKt.getText(confirm)).contains("Strategic Finance", "Version 1 stays public");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(notificationTexts()).contains("Correction opened: the returns are back with their AD Delivery.");
        assertThat(_find(form(), Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("A correction is open: FIN01 restated. Sent back to their AD Delivery: "
                        + "Strategic Finance"));
        assertThat(journeys.get(finance.id(), "priya.shah").status()).isEqualTo(ReturnStatus.RETURNED_TO_DELIVERY);

        journeys.fillIn(finance.id(), Map.of());
        journeys.submit(finance.id());
        journeys.approve(finance.id());
        journeys.signOff(finance.id());
        signInAndOpen("priya.shah", "packs");
        CompileOnTheTestThread.inThisSession();
        _click(_get(Button.class, s -> s.withText("Compile pack for Q3 2016/17")));
        ConfirmDialog compile = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(compile)).contains("publish it as the correction: \"FIN01 restated\"");
        ConfirmDialogKt._fireConfirm(compile);
        assertThat(_find(PackActions.class).stream().flatMap(a -> _find(a, H3.class).stream()).map(H3::getText))
                .as("a correction is not Cabinet papers").noneMatch(h -> h.contains("Q3 2016/17"));
        _click(_get(Button.class, s -> s.withText("Publish the correction (version 2)")));
        ConfirmDialog publish = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(publish)).isEqualTo("Publish the correction of Q3 2016/17?");
        ConfirmDialogKt._fireConfirm(publish);
        assertThat(notificationTexts()).contains("Correction published as version 2.");
        SignIn.as(context, "priya.shah");
        PackSummary second = packs.latestFor(quarterId);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(PackStatus.PUBLISHED);
        assertThat(second.correctionNote()).isEqualTo("FIN01 restated");
        assertThat(first.version()).isEqualTo(1);
    }

    @Test
    void thePerformanceTeamWithdrawsAnOpenCorrectionWithAReasonAfterConfirming() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2016, 3).id();
        journeys.completeAll(quarterId, Map.of("FIN01", "88.5"));
        SignIn.as(context, "priya.shah");
        PackSummary first = new Journeys(context).compileAndPublish(quarterId);
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        SignIn.as(context, "priya.shah");
        corrections.open(first.id(), "FIN01 restated", java.util.List.of(finance));
        journeys.fillIn(finance, Map.of("FIN01", "95"));

        signInAndOpen("priya.shah", "packs");
        _click(_get(form(), Button.class, s -> s.withText("Withdraw this correction")));
        TextArea reason = _get(form(), TextArea.class, s -> s.withLabel("Reason for withdrawing"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why the correction is withdrawn: the audit trail of the "
                + "pack and of each return keeps it.");
        assertThat(_get(form(), ErrorSummary.class).getElement().getTextRecursively())
                .contains("There is a problem", "Reason for withdrawing: Say why");
        assertThat(_find(ConfirmDialog.class)).as("nothing to confirm without a reason").isEmpty();
        assertThat(journeys.get(finance, "priya.shah").status()).isEqualTo(ReturnStatus.RETURNED_TO_DELIVERY);

        SignIn.as(context, "priya.shah");
        _setValue(reason, "Opened on the wrong quarter");
        _click(_get(form(), Button.class, s -> s.withText("Withdraw this correction")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Withdraw the correction of Q3 2016/17?");
        assertThat(ConfirmDialogKt.getText(confirm)).contains("Strategic Finance", "as version 1 published it",
                "It cannot be undone.");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(notificationTexts()).contains("Correction withdrawn: the returns are back as version 1 published "
                + "them.");
        assertThat(_find(form(), Button.class, s -> s.withText("Send the returns back"))).as("no correction is open")
                .hasSize(1);
        ReturnDetails back = journeys.get(finance, "priya.shah");
        assertThat(back.status()).isEqualTo(ReturnStatus.PUBLISHED);
        assertThat(back.lines()).filteredOn(l -> l.measure().code().equals("FIN01")).singleElement()
                .satisfies(l -> assertThat(l.value()).isEqualByComparingTo("88.5"));
    }

    @Test
    void aWithdrawalFromAScreenOpenedBeforeAnotherWithdrewItSaysNoCorrectionIsOpen() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2016, 3).id();
        journeys.completeAll(quarterId, Map.of());
        SignIn.as(context, "priya.shah");
        PackSummary first = new Journeys(context).compileAndPublish(quarterId);
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        SignIn.as(context, "priya.shah");
        corrections.open(first.id(), "FIN01 restated", java.util.List.of(finance));

        signInAndOpen("priya.shah", "packs");
        corrections.withdraw(first.id(), "Withdrawn by a colleague");
        _setValue(_get(form(), TextArea.class, s -> s.withLabel("Reason for withdrawing")), "Opened by mistake");
        _click(_get(form(), Button.class, s -> s.withText("Withdraw this correction")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        ErrorSummary summary = _get(form(), ErrorSummary.class);
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.getElement().getTextRecursively()).contains("There is a problem", "No correction of Q3 "
                + "2016/17 is open, so there is nothing to withdraw. Nothing was changed.");
    }

    private static ReturnsCorrectionForm form() {
        return _find(UI.getCurrent(), ReturnsCorrectionForm.class).stream()
                .filter(f -> _find(f, H4.class).stream().anyMatch(h -> h.getText().equals(HEADING)))
                .findFirst().orElseThrow(() -> new AssertionError("no form headed " + HEADING));
    }
}
