package uk.co.goldenthread.publicsite.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.packs.PublishedPacks;

/** What the public templates call as {@code f.…}. */
public final class PublicFormats {

    public String date(@Nullable LocalDate date) {
        return UkDates.format(date);
    }

    public String date(@Nullable LocalDateTime at) {
        return at == null ? "" : UkDates.format(at.toLocalDate());
    }

    /** "Cabinet papers for 27 Feb 2020", "Published on 5 Mar 2020" or "Corrected on 12 Mar 2020: note". */
    public String status(PublishedPacks.PublicVersion v) {
        if (v.correctionNote() != null) {
            return "Corrected on " + date(v.publishedAt()) + ": " + v.correctionNote();
        }
        return v.published() ? "Published on " + date(v.publishedAt())
                : "Cabinet papers for " + date(v.cabinetMeeting());
    }

    public String size(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB"
                : String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
