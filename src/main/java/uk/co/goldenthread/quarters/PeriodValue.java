package uk.co.goldenthread.quarters;

import java.math.BigDecimal;
import uk.co.goldenthread.base.FinancialQuarter;

/** A value reported for a quarter, and whether it was reported as provisional. */
public record PeriodValue(FinancialQuarter period, BigDecimal value, boolean provisional) {

    public PeriodValue(FinancialQuarter period, BigDecimal value) {
        this(period, value, false);
    }
}
