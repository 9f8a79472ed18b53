package uk.co.goldenthread.framework;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.FinancialQuarter;

/**
 * A measure's value in a quarterly return; {@code open} while the return is not yet signed off; {@code provisional}
 * when the AD Delivery marked it so.
 */
public record ReportedValue(long measureId, FinancialQuarter quarter, String areaName, String reportedBy,
        @Nullable BigDecimal value, String returnStatus, boolean open, boolean provisional) {

    public String describe() {
        return quarter.label() + " " + areaName + " (" + reportedBy + ", " + returnStatus.toLowerCase() + ")";
    }
}
