package uk.co.goldenthread.base;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates as a UK council writes them: 22 Nov 2026, 22 Nov 2026 14:05. */
public final class UkDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private UkDates() {
    }

    public static String format(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String format(@Nullable LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime);
    }
}
