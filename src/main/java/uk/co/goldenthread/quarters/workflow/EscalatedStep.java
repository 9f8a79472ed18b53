package uk.co.goldenthread.quarters.workflow;

import java.time.LocalDate;

/** An overdue step escalated to the signed-in person: which return, which step, who it is with, and how late. */
public record EscalatedStep(long returnId, String returnTitle, String step, String withName, LocalDate due,
        long daysLate) {

    public String lateness() {
        return daysLate == 1 ? "1 day late" : daysLate + " days late";
    }
}
