package uk.co.goldenthread.quarters.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.calendar.WorkingDays;
import uk.co.goldenthread.quarters.TimetableRules;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
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
    private final ProcessEngineConfiguration engine;

    ReturnDeadlines(QuarterlyReturnRepository returns, TimetableRules rules, Clock clock,
            ProcessEngineConfiguration engine) {
        this.returns = returns;
        this.rules = rules;
        this.clock = clock;
        this.engine = engine;
    }

    /** The reminder of the step of a return's process (its timers' expressions: the return from the business key). */
    public Date reminderFor(DelegateExecution execution, String taskKey) {
        return reminderAt(ReturnProcesses.returnIdOf(execution), taskKey);
    }

    /** When the step of a return's process escalates (its timers' expressions). */
    public Date deadlinePassedFor(DelegateExecution execution, String taskKey) {
        return deadlinePassedAt(ReturnProcesses.returnIdOf(execution), taskKey);
    }

    /**
     * 9:00 on the working day the configured number of working days before the step's deadline (its grace deadline
     * when it came back late; then the reminder, being already due, goes out at once and names the new date).
     */
    public Date reminderAt(Long returnId, String taskKey) {
        LocalDate deadline = deadline(find(returnId), ReturnStep.ofTask(taskKey), today());
        LocalDate day = WorkingDays.before(deadline, rules.getReminderDaysBeforeDeadline());
        return Date.from(day.atTime(REMINDER_TIME).atZone(clock.getZone()).toInstant());
    }

    /** A deadline is the whole of its day: it has passed at the start of the next one. */
    public Date deadlinePassedAt(Long returnId, String taskKey) {
        LocalDate deadline = deadline(find(returnId), ReturnStep.ofTask(taskKey), today());
        return Date.from(deadline.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    /**
     * When a return's open task is due, as its timers have it: the timetable's deadline, or the grace deadline of a
     * step that came back after that had passed (what My tasks shows).
     */
    public LocalDate due(QuarterlyReturn ret, String taskKey, Date created) {
        return deadline(ret, ReturnStep.ofTask(taskKey), LocalDate.ofInstant(created.toInstant(), clock.getZone()));
    }

    /**
     * The deadline of a step that started on the given day: the timetable's, unless the step came back (sent back
     * with a reason, or reopened by a referral) after that had passed; then it has the configured number of working
     * days from the day it came back, so it does not escalate again before its owner could act.
     */
    LocalDate deadline(QuarterlyReturn ret, ReturnStep step, LocalDate started) {
        LocalDate deadline = step.deadline(ret.getQuarter());
        boolean cameBack = switch (step) {
            case COMPLETE -> ret.getStatus() == ReturnStatus.RETURNED_TO_DELIVERY;
            case REVIEW -> ret.getStatus() == ReturnStatus.RETURNED_TO_COMMISSIONING;
            case SIGN_OFF -> false;
        };
        return cameBack && started.isAfter(deadline) ? WorkingDays.after(started, rules.getLateReturnGraceDays())
                : deadline;
    }

    private QuarterlyReturn find(long returnId) {
        return returns.findById(returnId).orElseThrow(() -> new IllegalStateException("No return " + returnId));
    }

    /** Flowable's clock, on which the timers run (and which tests move on). */
    private LocalDate today() {
        return LocalDate.ofInstant(engine.getClock().getCurrentTime().toInstant(), clock.getZone());
    }
}
