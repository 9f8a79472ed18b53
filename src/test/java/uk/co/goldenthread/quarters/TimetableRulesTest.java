package uk.co.goldenthread.quarters;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The timetable proposed from the Cabinet meeting with the default gaps, in working days. */
class TimetableRulesTest {

    private final TimetableRules rules = new TimetableRules();

    @Test
    void proposesBackwardsFromTheCabinetMeetingSkippingNewYearsDay() {
        assertThat(rules.propose(of(2020, 1, 30))).isEqualTo(new Timetable(of(2020, 1, 2), of(2020, 1, 9),
                of(2020, 1, 14), of(2020, 1, 16), of(2020, 1, 22), of(2020, 1, 30)));
    }

    @Test
    void easterIsSkippedToo() {
        Timetable t = rules.propose(of(2020, 4, 23));
        assertThat(t.publicationDate()).isEqualTo(of(2020, 4, 15));
        assertThat(t.submissionDue()).isEqualTo(of(2020, 3, 24));
    }

    @Test
    void thePapersNeedFiveClearWorkingDaysBeforeTheMeeting() {
        assertThat(rules.leavesClearDays(of(2020, 1, 22), of(2020, 1, 30))).isTrue();
        assertThat(rules.leavesClearDays(of(2020, 1, 23), of(2020, 1, 30))).isFalse();
        assertThat(rules.latestPublication(of(2020, 4, 23))).isEqualTo(of(2020, 4, 15));
    }
}
