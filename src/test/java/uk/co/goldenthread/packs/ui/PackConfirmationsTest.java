package uk.co.goldenthread.packs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.base.MovableClock;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackStatus;

/**
 * Compile, Record decision and Publish on the Packs page each ask first, naming what will happen, with a button that
 * says the action; Cancel changes nothing; a decision dated before the timetable's meeting is refused beside the date.
 * Rolled back.
 */
@Transactional
class PackConfirmationsTest extends UiTest {

    @Autowired
    PackService packs;

    @Test
    void compileRecordDecisionAndPublishEachAskFirstAndCancelChangesNothing() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2032, 2).id();
        journeys.completeAll(quarterId, Map.of());

        signInAndOpen("priya.shah", "packs");
        CompileOnTheTestThread.inThisSession();
        clickButton("Compile pack for Q2 2032/33");
        ConfirmDialog compile = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(compile)).isEqualTo("Compile the Q2 2032/33 pack?");
        assertThat(ConfirmDialogKt.getText(compile)).contains("version 1", "cannot be changed");
        assertThat(confirmText(compile)).isEqualTo("Compile pack for Q2 2032/33");
        ConfirmDialogKt._fireCancel(compile);
        assertThat(packs.latestFor(quarterId)).isNull();
        clickButton("Compile pack for Q2 2032/33");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        long packId = packs.latestFor(quarterId).id();
        assertThat(packs.latestFor(quarterId).status()).isEqualTo(PackStatus.COMPILED);

        signInAndOpen("sam.baker", "packs/" + packId);
        Grid<?> lines = _get(Grid.class, s -> s.withPredicate(g -> g.getAriaLabel().filter("Measures in the pack"::equals)
                .isPresent()));
        assertThat(lines.getColumns().stream().map(c -> c.getHeaderText()).toList())
                .as("the Cabinet member reads the whole pack before the meeting")
                .contains("Measure", "Value", "Target", "RAG", "Direction of travel", "Same period last year",
                        "Commentary", "Remedial actions");
        assertThat(GridKt._getFormatted(lines, 0, "directionOnLastYear")).as("both directions of travel, in words")
                .isNotBlank();
        assertThat(lines.getThemeNames()).as("cells wrap, never cut").contains("wrap-cell-content");
        assertThat(GridKt._getFormatted(lines, 0, "remedialActions")).isNotBlank();

        SignIn.as(context, "priya.shah");
        packs.publishPapers(packId, "Published after the dispatch date: a past quarter in the test");
        MovableClock.of(context).travelTo(LocalDate.of(2032, 12, 1)); // after the meeting, back after the test
        signInAndOpen("priya.shah", "packs");
        ComboBoxKt.selectByLabel(_get(Select.class, s -> s.withLabel("Cabinet decision")), "Noted");
        _setValue(_get(DatePicker.class, s -> s.withLabel("Date of the meeting")), LocalDate.of(2032, 11, 18));
        clickButton("Record decision");
        ConfirmDialog decision = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(decision)).isEqualTo("Record Cabinet's decision: Noted?");
        assertThat(ConfirmDialogKt.getText(decision)).contains("18 Nov 2032", "cannot be changed");
        assertThat(confirmText(decision)).isEqualTo("Record decision: Noted");
        ConfirmDialogKt._fireCancel(decision);
        assertThat(packs.latestFor(quarterId).status()).isEqualTo(PackStatus.PAPERS_PUBLISHED);
        clickButton("Record decision");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        DatePicker meetingDate = _get(DatePicker.class, s -> s.withLabel("Date of the meeting"));
        assertThat(meetingDate.isInvalid()).as("the timetable's meeting is on 29 Nov 2032: refused beside the date")
                .isTrue();
        assertThat(meetingDate.getErrorMessage()).contains("18 Nov 2032", "29 Nov 2032");
        assertThat(packs.latestFor(quarterId).status()).isEqualTo(PackStatus.PAPERS_PUBLISHED);
        _setValue(meetingDate, LocalDate.of(2032, 11, 29));
        clickButton("Record decision");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(packs.latestFor(quarterId).status()).isEqualTo(PackStatus.DECIDED);

        clickButton("Publish pack");
        ConfirmDialog publish = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(publish)).isEqualTo("Publish Q2 2032/33 to the public?");
        assertThat(confirmText(publish)).isEqualTo("Publish Q2 2032/33 to the public");
        ConfirmDialogKt._fireCancel(publish);
        assertThat(packs.latestFor(quarterId).status()).isEqualTo(PackStatus.DECIDED);
        clickButton("Publish pack");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(packs.latestFor(quarterId).status()).isEqualTo(PackStatus.PUBLISHED);
    }

    private static String confirmText(ConfirmDialog dialog) {
        return dialog.getElement().getProperty("confirmText");
    }

    private static void clickButton(String text) {
        _click(_get(Button.class, s -> s.withText(text)));
    }
}
