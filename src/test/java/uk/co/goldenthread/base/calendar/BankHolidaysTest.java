package uk.co.goldenthread.base.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The bank holidays of England and Wales, checked against the dates the government published. */
class BankHolidaysTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2019, 2019-04-21", "2020, 2020-04-12", "2024, 2024-03-31", "2025, 2025-04-20", "2038, 2038-04-25",
        "2285, 2285-03-22", "2000, 2000-04-23"})
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertThat(BankHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void aYearOfStandingRules() {
        assertThat(BankHolidays.inYear(2019)).containsExactly(of(2019, 1, 1), of(2019, 4, 19), of(2019, 4, 22),
                of(2019, 5, 6), of(2019, 5, 27), of(2019, 8, 26), of(2019, 12, 25), of(2019, 12, 26));
    }

    @Test
    void christmasOnASaturdayMovesBothDaysToMondayAndTuesday() {
        assertThat(BankHolidays.inYear(2021)).contains(of(2021, 12, 27), of(2021, 12, 28))
                .doesNotContain(of(2021, 12, 25), of(2021, 12, 26));
    }

    @Test
    void christmasOnASundayKeepsBoxingDayAndMovesChristmasToTuesday() {
        assertThat(BankHolidays.inYear(2022)).contains(of(2022, 12, 26), of(2022, 12, 27));
    }

    @Test
    void christmasOnAFridayMovesBoxingDayToMonday() {
        assertThat(BankHolidays.inYear(2020)).contains(of(2020, 12, 25), of(2020, 12, 28))
                .doesNotContain(of(2020, 12, 26));
    }

    @Test
    void newYearsDayAtAWeekendMovesToMonday() {
        assertThat(BankHolidays.isBankHoliday(of(2022, 1, 3))).isTrue();
        assertThat(BankHolidays.isBankHoliday(of(2023, 1, 2))).isTrue();
        assertThat(BankHolidays.isBankHoliday(of(2022, 1, 1))).isFalse();
    }

    @Test
    void theOneOffChangesByProclamationAreListed() {
        assertThat(BankHolidays.inYear(2020)).contains(of(2020, 5, 8)).doesNotContain(of(2020, 5, 4));
        assertThat(BankHolidays.inYear(2022)).contains(of(2022, 6, 2), of(2022, 6, 3), of(2022, 9, 19))
                .doesNotContain(of(2022, 5, 30));
        assertThat(BankHolidays.inYear(2023)).contains(of(2023, 5, 1), of(2023, 5, 8), of(2023, 5, 29));
        assertThat(BankHolidays.inYear(2023)).hasSize(9);
    }
}
