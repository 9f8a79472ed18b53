package uk.co.goldenthread.framework.versions;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.FinancialQuarter;

/** A framework version, with how many measures it introduced and retired. */
public record FrameworkVersionSummary(long id, String name, LocalDate cutOverDate, @Nullable FinancialQuarter firstReported,
        LocalDateTime createdAt, String createdBy, long introduced, long retired) {
}
