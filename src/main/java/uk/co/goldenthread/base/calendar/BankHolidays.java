package uk.co.goldenthread.base.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bank holidays of England and Wales, computed by their standing rules, with substitute days when a holiday
 * falls at a weekend. The one-off changes made by royal proclamation since 1995 are listed explicitly: they follow
 * no rule.
 */
public final class BankHolidays {

    /** Years whose early May bank holiday was moved (VE Day anniversaries). */
    private static final Map<Integer, LocalDate> EARLY_MAY_MOVED = Map.of(
            1995, LocalDate.of(1995, 5, 8),
            2020, LocalDate.of(2020, 5, 8));

    /** Years whose spring bank holiday was moved for a royal jubilee. */
    private static final Map<Integer, LocalDate> SPRING_MOVED = Map.of(
            2002, LocalDate.of(2002, 6, 4),
            2012, LocalDate.of(2012, 6, 4),
            2022, LocalDate.of(2022, 6, 2));

    /** Extra bank holidays: millennium, jubilees, royal wedding, state funeral, coronation. */
    private static final Set<LocalDate> ONE_OFF = Set.of(
            LocalDate.of(1999, 12, 31), LocalDate.of(2002, 6, 3), LocalDate.of(2011, 4, 29),
            LocalDate.of(2012, 6, 5), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19),
            LocalDate.of(2023, 5, 8));

    private static final Map<Integer, SortedSet<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

    private BankHolidays() {
    }

    public static boolean isBankHoliday(LocalDate date) {
        return inYear(date.getYear()).contains(date);
    }

    /** Every bank holiday of the calendar year, substitute days included, in date order. */
    public static SortedSet<LocalDate> inYear(int year) {
        return BY_YEAR.computeIfAbsent(year, BankHolidays::compute);
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static SortedSet<LocalDate> compute(int year) {
        var days = new TreeSet<LocalDate>();
        days.add(nextWeekday(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        days.add(EARLY_MAY_MOVED.getOrDefault(year, may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))));
        days.add(SPRING_MOVED.getOrDefault(year, may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        // Christmas Day and Boxing Day each take the next weekday that the other has not taken
        LocalDate christmas = nextWeekday(LocalDate.of(year, 12, 25));
        days.add(christmas);
        LocalDate boxingDay = nextWeekday(LocalDate.of(year, 12, 26));
        days.add(boxingDay.equals(christmas) ? nextWeekday(boxingDay.plusDays(1)) : boxingDay);
        ONE_OFF.stream().filter(day -> day.getYear() == year).forEach(days::add);
        return Collections.unmodifiableSortedSet(days);
    }

    private static LocalDate nextWeekday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }
}
