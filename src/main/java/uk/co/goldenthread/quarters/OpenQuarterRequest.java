package uk.co.goldenthread.quarters;

import java.time.LocalDate;
import uk.co.goldenthread.base.FinancialQuarter;

/** What the Performance Team gives to open a quarter: the period and its deadlines, in the order they fall. */
public record OpenQuarterRequest(FinancialQuarter period, LocalDate submissionDue, LocalDate reviewDue,
        LocalDate signOffDue, LocalDate packCompileDue, LocalDate publicationDate, LocalDate cabinetDate) {

    public static OpenQuarterRequest of(FinancialQuarter period, Timetable t) {
        return new OpenQuarterRequest(period, t.submissionDue(), t.reviewDue(), t.signOffDue(), t.packCompileDue(),
                t.publicationDate(), t.cabinetDate());
    }
}
