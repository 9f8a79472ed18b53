package uk.co.goldenthread.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinancialQuarterTest {

    @Test
    void quartersStartInApril() {
        var q3 = new FinancialQuarter(2019, 3);
        assertThat(q3.label()).isEqualTo("Q3 2019/20");
        assertThat(q3.firstDay()).isEqualTo(LocalDate.of(2019, 10, 1));
        assertThat(q3.lastDay()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(new FinancialQuarter(2019, 4).lastDay()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(FinancialQuarter.yearLabel(2099)).isEqualTo("2099/00");
    }

    @Test
    void aDayFallsInTheQuarterOfTheFinancialYearThatContainsIt() {
        assertThat(FinancialQuarter.containing(LocalDate.of(2020, 3, 31))).isEqualTo(new FinancialQuarter(2019, 4));
        assertThat(FinancialQuarter.containing(LocalDate.of(2020, 4, 1))).isEqualTo(new FinancialQuarter(2020, 1));
        assertThat(FinancialQuarter.containing(LocalDate.of(2019, 10, 1))).isEqualTo(new FinancialQuarter(2019, 3));
        assertThat(FinancialQuarter.containing(LocalDate.of(2019, 9, 30))).isEqualTo(new FinancialQuarter(2019, 2));
    }

    @Test
    void datesAreWrittenTheUkWay() {
        assertThat(UkDates.format(LocalDate.of(2026, 11, 22))).isEqualTo("22 Nov 2026");
    }
}
