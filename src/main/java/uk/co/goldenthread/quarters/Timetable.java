package uk.co.goldenthread.quarters;

import java.time.LocalDate;

/** A quarter's deadlines in the order they fall, ending with the Cabinet meeting. */
public record Timetable(LocalDate submissionDue, LocalDate reviewDue, LocalDate signOffDue, LocalDate packCompileDue,
        LocalDate publicationDate, LocalDate cabinetDate) {
}
