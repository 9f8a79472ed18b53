package uk.co.goldenthread.quarters.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.calendar.WorkingDays;
import uk.co.goldenthread.quarters.TimetableRules;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;

/**
 * When a step's reminder and its escalation are due: called by the timers of processes/quarterly-return.bpmn20.xml,
 * which Flowable keeps in its database until they fire.
 */
@Component("returnDeadlines")
@Transactional(readOnly = true)
public class ReturnDeadlines {

    /** Reminders go out at the start of the working day. */
    static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    private final QuarterlyReturnRepository returns;
    private final TimetableRules rules;
    private final Clock clock;

    ReturnDeadlines(QuarterlyReturnRepository returns, TimetableRules rules, Clock clock) {
        this.returns = returns;
        this.rules = rules;
        this.clock = clock;
    }

    /** 9:00 on the working day the configured number of working days before the step's deadline. */
    public Date reminderAt(Long returnId, String taskKey) {
        LocalDate deadline = deadline(returnId, ReturnStep.ofTask(taskKey));
        LocalDate day = WorkingDays.before(deadline, rules.getReminderDaysBeforeDeadline());
        return Date.from(day.atTime(REMINDER_TIME).atZone(clock.getZone()).toInstant());
    }

    /** A deadline is the whole of its day: it has passed at the start of the next one. */
    public Date deadlinePassedAt(Long returnId, String taskKey) {
        LocalDate deadline = deadline(returnId, ReturnStep.ofTask(taskKey));
        return Date.from(deadline.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    LocalDate deadline(long returnId, ReturnStep step) {
        return step.deadline(returns.findById(returnId)
                .orElseThrow(() -> new IllegalStateException("No return " + returnId)).getQuarter());
    }
}
