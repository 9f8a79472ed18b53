package uk.co.goldenthread.quarters.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.base.UkDates;

/** Every date field reads a date typed the UK way, with slashes, dashes or the month's name, and shows 27 Feb 2020. */
class UkDateFieldTest extends UiTest {

    @ParameterizedTest
    @ValueSource(strings = {"27/02/2020", "27-02-2020", "27 Feb 2020", "27 February 2020"})
    void theQuartersPageProposesATimetableFromACabinetDateTypedAnyUkWay(String typed) {
        signInAndOpen("priya.shah", "quarters");
        DatePicker cabinet = field("Cabinet meeting");
        type(cabinet, typed);
        _click(_get(Button.class, s -> s.withText("Propose timetable")));

        assertThat(cabinet.getValue()).isEqualTo(LocalDate.of(2020, 2, 27));
        assertThat(cabinet.isInvalid()).isFalse();
        assertThat(cabinet.getErrorMessage()).isNullOrEmpty();
        assertThat(field("Submission deadline").getValue()).isNotNull();
    }

    /** Each deadline offers only days from the one before it, and says so as an earlier day is typed. */
    @Test
    void eachDeadlineOffersOnlyDaysFromTheOneBeforeAndSaysSoAsAnEarlierDayIsTyped() {
        signInAndOpen("priya.shah", "quarters");
        type(field("Cabinet meeting"), "27/02/2020");
        _click(_get(Button.class, s -> s.withText("Propose timetable")));
        LocalDate submission = field("Submission deadline").getValue();
        assertThat(field("Review deadline").getMin()).isEqualTo(submission);
        assertThat(field("Cabinet papers published").getMin()).isEqualTo(field("Pack compile deadline").getValue());
        assertThat(field("Review deadline").isInvalid()).as("the proposed timetable is in order").isFalse();

        DatePicker review = field("Review deadline");
        _setValue(review, submission.minusDays(1));
        assertThat(review.isInvalid()).isTrue();
        assertThat(review.getElement().getProperty("errorMessage"))
                .isEqualTo("Give " + UkDates.format(submission) + " or a later date.");
        assertThat(field("Sign-off deadline").getMin()).isEqualTo(submission.minusDays(1));
    }

    @Test
    void aDateThatIsNotRealIsRefusedUnderItsFieldWithoutClaimingItIsEmpty() {
        signInAndOpen("priya.shah", "quarters");
        DatePicker cabinet = field("Cabinet meeting");
        type(cabinet, "31/02/2020");
        _click(_get(Button.class, s -> s.withText("Propose timetable")));

        assertThat(cabinet.isInvalid()).isTrue();
        assertThat(cabinet.getErrorMessage()).isEqualTo(UkDates.UNREADABLE).doesNotContain("Choose the date");
        assertThat(field("Submission deadline").getValue()).isNull();
    }

    @Test
    @Transactional
    void theReturnScreenReadsTheSameDatesAsTheQuartersPage() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2029, 2).id();
        long returnId = journeys.returnOf(quarterId, "Strategic Finance").id();
        signInAndOpen("james.lewis", "returns/" + returnId);
        _click(_find(Button.class, s -> s.withText("Add remedial action")).getFirst());
        DatePicker due = _find(DatePicker.class, s -> s.withLabel("Due date")).getLast();
        type(due, "27 Feb 2020");
        assertThat(due.getValue()).isEqualTo(LocalDate.of(2020, 2, 27));
        type(due, "28/02/2020");
        assertThat(due.getValue()).isEqualTo(LocalDate.of(2020, 2, 28));
    }

    @Test
    void everyDateFieldShowsTheDayTheMonthsShortNameAndTheYear() {
        signInAndOpen("priya.shah", "quarters");
        assertThat(_find(DatePicker.class)).isNotEmpty().allSatisfy(picker -> {
            assertThat(picker.getI18n().getDateFormats()).first().isEqualTo("d MMM yyyy");
            assertThat(picker.getI18n().getDateFormats()).contains("d/M/yyyy", "d-M-yyyy", "d MMMM yyyy");
        });
    }

    private static DatePicker field(String label) {
        return _get(DatePicker.class, s -> s.withLabel(label));
    }
}
