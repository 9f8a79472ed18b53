package uk.co.goldenthread;

import java.time.LocalDate;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.quarters.OpenQuarterRequest;

/**
 * A sensible timetable for a quarter: deadlines in the month after it ends, Cabinet two months after it ends, and its
 * papers published a fortnight before (always more than five clear working days).
 */
public final class TestTimetable {

    private TestTimetable() {
    }

    public static OpenQuarterRequest of(int financialYear, int quarter) {
        var period = new FinancialQuarter(financialYear, quarter);
        LocalDate end = period.lastDay();
        return new OpenQuarterRequest(period, end.plusDays(14), end.plusDays(21), end.plusDays(28), end.plusDays(30),
                end.plusDays(46), end.plusDays(60));
    }
}
