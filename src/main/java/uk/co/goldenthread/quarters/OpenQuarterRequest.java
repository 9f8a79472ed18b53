package uk.co.goldenthread.quarters;

import java.time.LocalDate;
import uk.co.goldenthread.base.FinancialQuarter;

/** What the Performance Team gives to open a quarter: the period and its deadlines. */
public record OpenQuarterRequest(FinancialQuarter period, LocalDate submissionDue, LocalDate reviewDue,
        LocalDate signOffDue, LocalDate cabinetDate, LocalDate publicationDate) {
}
