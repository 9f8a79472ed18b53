package uk.co.goldenthread.framework.versions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A new version of the framework: its name, the date it takes effect and the quarter first reported under it. */
public record FrameworkVersionForm(String name, @Nullable LocalDate cutOverDate, @Nullable Integer firstReportedYear,
        @Nullable Integer firstReportedQuarter) {

    public FrameworkVersionForm {
        name = name == null ? "" : name.strip();
    }
}
