package uk.co.goldenthread.quarters;

import uk.co.goldenthread.base.FinancialQuarter;

/** A return in a list: whose, for which area and quarter, and where it is. */
public record ReturnSummary(long id, FinancialQuarter period, String directorateName, String areaName,
        String adDeliveryName, ReturnStatus status) {
}
