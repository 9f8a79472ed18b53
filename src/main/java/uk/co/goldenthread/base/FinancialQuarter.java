package uk.co.goldenthread.base;

import java.time.LocalDate;

/** A quarter of a financial year that starts in April: Q1 April-June ... Q4 January-March. */
public record FinancialQuarter(int financialYear, int quarter) {

    public FinancialQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
        }
    }

    /** The quarter's place in time, counted in quarters: one quarter later is one more. */
    public int index() {
        return financialYear * 4 + quarter;
    }

    /** The quarter this many quarters later (earlier when negative). */
    public FinancialQuarter plus(int quarters) {
        int index = financialYear * 4 + quarter - 1 + quarters;
        return new FinancialQuarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /** The quarter a day falls in. */
    public static FinancialQuarter containing(LocalDate day) {
        int year = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return new FinancialQuarter(year, (day.getMonthValue() + 8) % 12 / 3 + 1);
    }

    /** The financial year as councils write it, 2019/20 for the year starting April 2019. */
    public static String yearLabel(int financialYear) {
        return financialYear + "/" + String.format("%02d", (financialYear + 1) % 100);
    }

    public String label() {
        return "Q" + quarter + " " + yearLabel(financialYear);
    }

    public LocalDate firstDay() {
        return LocalDate.of(financialYear, 4, 1).plusMonths(3L * (quarter - 1));
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    @Override
    public String toString() {
        return label();
    }
}
