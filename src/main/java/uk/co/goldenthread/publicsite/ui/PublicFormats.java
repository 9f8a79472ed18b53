package uk.co.goldenthread.publicsite.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.UkDates;

/** What the public templates call as {@code f.…}. */
public final class PublicFormats {

    public String date(@Nullable LocalDate date) {
        return UkDates.format(date);
    }

    public String date(@Nullable LocalDateTime at) {
        return at == null ? "" : UkDates.format(at.toLocalDate());
    }

    public String size(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB"
                : String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
