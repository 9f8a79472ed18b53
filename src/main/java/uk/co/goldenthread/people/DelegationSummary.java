package uk.co.goldenthread.people;

import java.time.LocalDate;

/** A deputy acting for someone in their tasks, from one date to another (both included). */
public record DelegationSummary(long id, String personName, String deputyName, LocalDate startsOn, LocalDate endsOn) {
}
