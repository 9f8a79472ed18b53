package uk.co.goldenthread.quarters;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.FinancialQuarter;

/** A whole return as a person sees it, with the version to send back when changing it. */
public record ReturnDetails(long id, long quarterId, FinancialQuarter period, String directorateName,
        String areaName, String adDeliveryName, String adCommissioningName, String strategicDirectorName,
        ReturnStatus status, long version, @Nullable String returnedReason, @Nullable String returnedBy,
        @Nullable LocalDateTime returnedAt, @Nullable String submittedBy, @Nullable LocalDateTime submittedAt,
        List<LineDetails> lines,
        List<ProgressDetails> progress) {

    public String title() {
        return period.label() + " return: " + areaName + " (" + adDeliveryName + ")";
    }
}
