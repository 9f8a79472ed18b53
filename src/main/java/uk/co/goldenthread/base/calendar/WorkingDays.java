package uk.co.goldenthread.base.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days in England and Wales: Monday to Friday, except bank holidays. */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !BankHolidays.isBankHoliday(date);
    }

    /** The working day {@code count} working days before {@code date} (the date itself not counted). */
    public static LocalDate before(LocalDate date, int count) {
        return step(date, count, -1);
    }

    /** The working day {@code count} working days after {@code date} (the date itself not counted). */
    public static LocalDate after(LocalDate date, int count) {
        return step(date, count, 1);
    }

    /** Clear working days between two dates: neither the first nor the last day counts, as for Cabinet papers. */
    public static int clearDaysBetween(LocalDate first, LocalDate last) {
        int clear = 0;
        for (LocalDate day = first.plusDays(1); day.isBefore(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                clear++;
            }
        }
        return clear;
    }

    private static LocalDate step(LocalDate date, int count, int direction) {
        if (count < 0) {
            throw new IllegalArgumentException("A number of working days is not negative: " + count);
        }
        LocalDate day = date;
        for (int left = count; left > 0; ) {
            day = day.plusDays(direction);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
