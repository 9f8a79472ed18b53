package uk.co.goldenthread.quarters;

import java.time.LocalDate;
import uk.co.goldenthread.base.FinancialQuarter;

/**
 * A quarter and its timetable, with how many of its returns are signed off, and whether the Performance Team closed it
 * early (its pack then lists the missing returns).
 */
public record QuarterSummary(long id, FinancialQuarter period, QuarterStatus status, LocalDate submissionDue,
        LocalDate reviewDue, LocalDate signOffDue, LocalDate packCompileDue, LocalDate publicationDate,
        LocalDate cabinetDate, int returnCount, int signedOffCount, boolean closedEarly) {

    public boolean allSignedOff() {
        return returnCount > 0 && signedOffCount == returnCount;
    }
}
