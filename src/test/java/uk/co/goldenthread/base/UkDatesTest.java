package uk.co.goldenthread.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UkDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"27/02/2020", "27/2/2020", "27-02-2020", "27.02.2020", "27 Feb 2020", "27 feb 2020",
            "27 February 2020", " 27  FEBRUARY 2020 ", "27-Feb-2020", "2020-02-27"})
    void readsTheWaysPeopleTypeADate(String typed) {
        assertThat(UkDates.parse(typed)).contains(LocalDate.of(2020, 2, 27));
    }

    @Test
    void readsSepOrSeptForSeptember() {
        assertThat(UkDates.parse("3 Sep 2019")).contains(LocalDate.of(2019, 9, 3));
        assertThat(UkDates.parse("3 Sept 2019")).contains(LocalDate.of(2019, 9, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2020", "02/27/2020", "27 Febx 2020", "tomorrow", "27/02", ""})
    void refusesWhatIsNotARealDate(String typed) {
        assertThat(UkDates.parse(typed)).isEmpty();
    }

    @Test
    void writesDatesTheUkWay() {
        assertThat(UkDates.format(LocalDate.of(2026, 11, 22))).isEqualTo("22 Nov 2026");
        assertThat(UkDates.format(LocalDateTime.of(2026, 11, 22, 14, 5))).isEqualTo("22 Nov 2026 14:05");
    }
}
