package uk.co.goldenthread.packs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.base.MovableClock;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackStatus;

/**
 * A refused step on the Packs page says why beside the field it concerns, with "There is a problem" at the top of
 * that pack's actions, never in a red toast; nothing is recorded. Rolled back.
 */
@Transactional
class PackErrorsTest extends UiTest {

    @Autowired
    PackService packs;

    @Test
    void theMeetingDateOffersOnlyTheDaysADecisionCanCarryAndSaysSoAsADayIsTyped() {
        onThePacksPageThreeDaysAfterTheMeeting((quarterId, meeting) -> {
            LocalDate today = meeting.plusDays(3);
            DatePicker date = _get(DatePicker.class, s -> s.withLabel("Date of the meeting"));
            assertThat(date.getMin()).as("no day before the meeting").isEqualTo(meeting);
            assertThat(date.getMax()).as("no day after today").isEqualTo(today);
            _setValue(date, today.plusDays(1));
            assertThat(date.isInvalid()).isTrue();
            assertThat(date.getElement().getProperty("errorMessage")).as("shown under the field as it is typed")
                    .isEqualTo("Give " + UkDates.format(today) + " or an earlier date.");
            _setValue(date, meeting.minusDays(1));
            assertThat(date.getElement().getProperty("errorMessage"))
                    .isEqualTo("Give " + UkDates.format(meeting) + " or a later date.");
            _setValue(date, meeting);
            assertThat(date.isInvalid()).isFalse();
            assertThat(packs.latestFor(quarterId).status()).isEqualTo(PackStatus.PAPERS_PUBLISHED);
        });
    }

    /**
     * A refusal's message beside the date stays until the date is changed: then the field says what is wrong with the
     * new day, not what was wrong with the one before.
     */
    @Test
    void aChangedDateSaysWhatIsWrongWithItNotWhatTheLastRefusalSaid() {
        onThePacksPageThreeDaysAfterTheMeeting((quarterId, meeting) -> {
            ComboBoxKt.selectByLabel(_get(Select.class, s -> s.withLabel("Cabinet decision")), "Noted");
            _click(_get(Button.class, s -> s.withText("Record decision")));
            DatePicker date = _get(DatePicker.class, s -> s.withLabel("Date of the meeting"));
            assertThat(date.getElement().getProperty("errorMessage")).isEqualTo("Give the date of the Cabinet meeting.");

            _setValue(date, meeting.plusDays(4));
            assertThat(date.isInvalid()).isTrue();
            assertThat(date.getElement().getProperty("errorMessage")).as("the new day's problem")
                    .isEqualTo("Give " + UkDates.format(meeting.plusDays(3)) + " or an earlier date.");
            _setValue(date, meeting);
            assertThat(date.isInvalid()).isFalse();
            assertThat(packs.latestFor(quarterId).status()).isEqualTo(PackStatus.PAPERS_PUBLISHED);
        });
    }

    /**
     * Runs {@code test} (given the quarter and its Cabinet meeting) on the Packs page of a quarter whose papers are
     * published, three days after its meeting; the clock comes back afterwards.
     */
    private void onThePacksPageThreeDaysAfterTheMeeting(BiConsumer<Long, LocalDate> test) {
        long quarterId = papersPublished();
        LocalDate meeting = packs.latestFor(quarterId).cabinetMeeting();
        var clock = MovableClock.of(context);
        clock.travelTo(meeting.plusDays(3));
        try {
            signInAndOpen("priya.shah", "packs");
            test.accept(quarterId, meeting);
        } finally {
            clock.comeBack();
        }
    }

    @Test
    void aDecisionWithoutItsDateOrReasonIsRefusedBesideTheField() {
        long quarterId = papersPublished();

        signInAndOpen("priya.shah", "packs");
        ComboBoxKt.selectByLabel(_get(Select.class, s -> s.withLabel("Cabinet decision")), "Noted");
        _click(_get(Button.class, s -> s.withText("Record decision")));

        assertThat(errorSummary()).containsExactly("Date of the meeting: Give the date of the Cabinet meeting.");
        DatePicker date = _get(DatePicker.class, s -> s.withLabel("Date of the meeting"));
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Give the date of the Cabinet meeting.");
        assertThat(date.getHelperText()).as("the days a decision can carry, said before anyone types")
                .startsWith("The day Cabinet met: from ").contains("not after today");
        assertThat(errorToasts()).isEmpty();
        assertThat(packs.latestFor(quarterId).status()).isEqualTo(PackStatus.PAPERS_PUBLISHED);

        _setValue(date, LocalDate.of(2033, 3, 1));
        _click(_get(Button.class, s -> s.withText("Record decision")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        String today = UkDates.format(LocalDate.now());
        assertThat(errorSummary()).containsExactly("Date of the meeting: 1 Mar 2033 is still to come (today is "
                + today + "): record Cabinet's decision after the meeting that made it.");
        assertThat(date.isInvalid()).as("a meeting still to come cannot have decided").isTrue();
        assertThat(errorToasts()).isEmpty();
        assertThat(packs.latestFor(quarterId).status()).isEqualTo(PackStatus.PAPERS_PUBLISHED);

        MovableClock.of(context).travelTo(LocalDate.of(2033, 3, 1)); // the meeting's day, back after the test
        ComboBoxKt.selectByLabel(_get(Select.class, s -> s.withLabel("Cabinet decision")), "Referred back");
        _click(_get(Button.class, s -> s.withText("Record decision")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        TextArea reason = _get(TextArea.class, s -> s.withLabel("Cabinet's reason"));
        assertThat(errorSummary()).containsExactly(
                "Cabinet's reason: Give a reason: it is kept in the audit trail and shown on the returns.");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(date.isInvalid()).as("the date is no longer in question").isFalse();
        assertThat(errorToasts()).isEmpty();
        assertThat(packs.latestFor(quarterId).status()).isEqualTo(PackStatus.PAPERS_PUBLISHED);
    }

    /** Q3 2032/33 opened, every return signed off, and its pack's Cabinet papers published. */
    private long papersPublished() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2032, 3).id();
        journeys.completeAll(quarterId, Map.of());
        SignIn.as(context, "priya.shah");
        packs.publishPapers(packs.compile(quarterId).id(), "Late in the test: the clock may be past the dispatch date");
        return quarterId;
    }
}
