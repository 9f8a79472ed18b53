package uk.co.goldenthread.quarters;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.FinancialQuarter;

/** A return of an AD Commissioning's area: where it is and how much has changed since they last looked. */
public record ReviewRow(long returnId, FinancialQuarter period, String areaName, String adDeliveryName,
        ReturnStatus status, int changesSinceLastLook, @Nullable LocalDateTime lastLooked) {
}
