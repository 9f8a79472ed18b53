package uk.co.goldenthread.base;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Dates as a UK council writes them: 22 Nov 2026, 22 Nov 2026 14:05; and read the ways people type them. */
public final class UkDates {

    /** What a person is told when a typed date cannot be read. */
    public static final String UNREADABLE = "Enter a real date as day, month and year, e.g. 27 Feb 2020 or 27/02/2020.";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);
    private static final List<DateTimeFormatter> TYPED = List.of(
            typed("d/M/uuuu"), typed("d-M-uuuu"), typed("d.M.uuuu"), typed("d M uuuu"),
            typed("d MMM uuuu"), typed("d MMMM uuuu"), typed("d-MMM-uuuu"), typed("uuuu-M-d"));

    private UkDates() {
    }

    public static String format(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** For letters and e-mails: Thursday 27 February 2020. */
    public static String formatLong(@Nullable LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    public static String format(@Nullable LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime);
    }

    /** The date a person typed: 27/02/2020, 27-02-2020, 27 Feb 2020, 27 February 2020 (Sep or Sept). */
    public static Optional<LocalDate> parse(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip().replaceAll("\\s+", " ").replaceAll("(?i)\\bsept?\\b", "Sept");
        for (DateTimeFormatter format : TYPED) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter typed(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.UK)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
