package uk.co.goldenthread.framework;

import uk.co.goldenthread.base.FinancialQuarter;

/** A pack a measure appears in. */
public record PackUse(long packId, String title, int version, String status, FinancialQuarter quarter,
        boolean published) {
}
