package uk.co.goldenthread.framework;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A commissioning area with the people accountable for it (any of whom may not be named yet). */
public record AreaSummary(long id, String name, long directorateId, String directorateName,
        @Nullable Long adCommissioningId, @Nullable Long strategicDirectorId, List<Long> adDeliveryIds) {
}
