package uk.co.goldenthread.quarters;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.FinancialQuarter;

/**
 * A return of an AD Commissioning's area: where it is, how much has changed since they last looked, and its measures
 * as its line cards rate them, with their recent quarters for each measure's small chart.
 */
public record ReviewRow(long returnId, FinancialQuarter period, String areaName, String adDeliveryName,
        ReturnStatus status, int changesSinceLastLook, @Nullable LocalDateTime lastLooked, List<LineDetails> lines) {

    public ReviewRow {
        lines = List.copyOf(lines);
    }
}
