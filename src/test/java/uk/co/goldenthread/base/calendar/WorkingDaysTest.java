package uk.co.goldenthread.base.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void weekendsAndBankHolidaysAreNotWorkingDays() {
        assertThat(WorkingDays.isWorkingDay(of(2020, 1, 2))).isTrue();
        assertThat(WorkingDays.isWorkingDay(of(2020, 1, 1))).isFalse();
        assertThat(WorkingDays.isWorkingDay(of(2020, 1, 4))).isFalse();
        assertThat(WorkingDays.isWorkingDay(of(2020, 4, 13))).isFalse();
    }

    @Test
    void countingSkipsWeekendsAndBankHolidays() {
        assertThat(WorkingDays.before(of(2020, 1, 30), 20)).isEqualTo(of(2020, 1, 2));
        assertThat(WorkingDays.after(of(2019, 12, 24), 1)).isEqualTo(of(2019, 12, 27));
        assertThat(WorkingDays.after(of(2020, 4, 9), 2)).isEqualTo(of(2020, 4, 15));
        assertThat(WorkingDays.before(of(2020, 4, 14), 1)).isEqualTo(of(2020, 4, 9));
    }

    @Test
    void clearDaysCountNeitherTheDayOfPublicationNorTheDayOfTheMeeting() {
        assertThat(WorkingDays.clearDaysBetween(of(2020, 1, 22), of(2020, 1, 30))).isEqualTo(5);
        assertThat(WorkingDays.clearDaysBetween(of(2020, 1, 23), of(2020, 1, 30))).isEqualTo(4);
        assertThat(WorkingDays.clearDaysBetween(of(2020, 12, 21), of(2020, 12, 31))).isEqualTo(5);
    }
}
