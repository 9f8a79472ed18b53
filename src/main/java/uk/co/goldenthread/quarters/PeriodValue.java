package uk.co.goldenthread.quarters;

import java.math.BigDecimal;
import uk.co.goldenthread.base.FinancialQuarter;

/** A value reported for a quarter. */
public record PeriodValue(FinancialQuarter period, BigDecimal value) {
}
