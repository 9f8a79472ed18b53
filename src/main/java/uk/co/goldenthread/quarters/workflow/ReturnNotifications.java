package uk.co.goldenthread.quarters.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.api.Task;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.mail.Mailer;
import uk.co.goldenthread.framework.AreaSummary;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.Role;
import uk.co.goldenthread.quarters.returns.ReturnAssembler;
import uk.co.goldenthread.quarters.ReturnSummary;
import uk.co.goldenthread.quarters.domain.OverdueStep;
import uk.co.goldenthread.quarters.domain.OverdueStepRepository;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;

/**
 * What happens when a step's timer fires (processes/quarterly-return.bpmn20.xml): a reminder to the person whose step
 * it is, or, once the deadline has passed, an escalation to the next level up, recorded so their dashboard shows it.
 * E-mails leave only after the timer's transaction commits.
 */
@Component("returnNotifications")
@Transactional
public class ReturnNotifications {

    private static final Logger log = LoggerFactory.getLogger(ReturnNotifications.class);

    private final QuarterlyReturnRepository returns;
    private final OverdueStepRepository overdueSteps;
    private final ReturnAssembler assembler;
    private final FrameworkService framework;
    private final PeopleService people;
    private final TaskService tasks;
    private final ProcessEngineConfiguration engine;
    private final ReturnEmails emails;
    private final Mailer mailer;
    private final ZoneId zone;
    private final ReturnDeadlines deadlines;

    ReturnNotifications(QuarterlyReturnRepository returns, OverdueStepRepository overdueSteps, ReturnAssembler assembler,
            FrameworkService framework, PeopleService people, TaskService tasks, ProcessEngineConfiguration engine,
            ReturnEmails emails, Mailer mailer, Clock clock, ReturnDeadlines deadlines) {
        this.deadlines = deadlines;
        this.returns = returns;
        this.overdueSteps = overdueSteps;
        this.assembler = assembler;
        this.framework = framework;
        this.people = people;
        this.tasks = tasks;
        this.engine = engine;
        this.emails = emails;
        this.mailer = mailer;
        this.zone = clock.getZone();
    }

    /**
     * Reminds the person whose step it is of its deadline, unless the deadline has already passed; their deputy too
     * while a delegation covers the day.
     */
    public void remind(DelegateExecution execution, String taskKey) {
        ReturnStep step = ReturnStep.ofTask(taskKey);
        QuarterlyReturn ret = returnOf(execution);
        Task task = taskOf(execution, step);
        LocalDate due = deadlines.deadline(ret, step, day(task.getCreateTime()));
        LocalDate today = now().toLocalDate();
        if (!today.isAfter(due) && task.getAssignee() != null) {
            people.findByUsername(task.getAssignee()).ifPresent(person -> {
                if (hasAddress(person)) {
                    mailer.sendAfterCommit(emails.reminder(person, null, assembler.summary(ret), step, due));
                }
                for (PersonSummary deputy : people.deputiesActingFor(person.id(), today)) {
                    if (hasAddress(deputy)) {
                        mailer.sendAfterCommit(emails.reminder(deputy, person, assembler.summary(ret), step, due));
                    }
                }
            });
        }
    }

    /**
     * Tells the next level up that the step is overdue, and records it for their dashboard; while a delegation covers
     * the day, the deputies of those told hear too, and so do the late person's deputies, who can do the step.
     */
    public void escalate(DelegateExecution execution, String taskKey) {
        ReturnStep step = ReturnStep.ofTask(taskKey);
        QuarterlyReturn ret = returnOf(execution);
        Task task = taskOf(execution, step);
        LocalDate due = deadlines.deadline(ret, step, day(task.getCreateTime()));
        LocalDate today = now().toLocalDate();
        String withName = task.getAssignee() == null ? "nobody yet" : assembler.nameOf(task.getAssignee());
        AreaSummary area = framework.area(ret.getAreaId());
        ReturnSummary summary = assembler.summary(ret);
        List<PersonSummary> nextLevel = nextLevelUp(step, area);
        if (nextLevel.isEmpty()) {
            log.warn("Return {}: step {} is overdue, but nobody at the next level up is named to hear of it",
                    ret.getId(), step.taskKey());
        }
        java.util.Set<Long> told = new java.util.HashSet<>();
        for (PersonSummary person : nextLevel) {
            if (!overdueSteps.existsByTaskIdAndEscalatedToId(task.getId(), person.id())) {
                overdueSteps.save(new OverdueStep(ret.getId(), task.getId(), step, due, task.getAssignee(), person.id(),
                        now()));
            }
            if (told.add(person.id()) && hasAddress(person)) {
                mailer.sendAfterCommit(emails.escalation(person, asWho(step, area), summary, step, due, withName));
            }
        }
        for (PersonSummary person : nextLevel) {
            for (PersonSummary deputy : people.deputiesActingFor(person.id(), today)) {
                if (told.add(deputy.id()) && hasAddress(deputy)) {
                    mailer.sendAfterCommit(emails.escalation(deputy, "deputy for " + person.fullName() + ", "
                            + asWho(step, area), summary, step, due, withName));
                }
            }
        }
        if (task.getAssignee() != null) {
            people.findByUsername(task.getAssignee()).ifPresent(late -> {
                for (PersonSummary deputy : people.deputiesActingFor(late.id(), today)) {
                    if (told.add(deputy.id()) && hasAddress(deputy)) {
                        mailer.sendAfterCommit(emails.overdueToDeputy(deputy, late, summary, step, due));
                    }
                }
            });
        }
    }

    /** AD Delivery's step goes to the AD Commissioning, theirs to the Strategic Director, theirs to the Performance Team. */
    private List<PersonSummary> nextLevelUp(ReturnStep step, AreaSummary area) {
        return switch (step) {
            case COMPLETE -> person(area.adCommissioningId());
            case REVIEW -> person(area.strategicDirectorId());
            case SIGN_OFF -> people.withRole(Role.PERFORMANCE_TEAM);
        };
    }

    private static String asWho(ReturnStep step, AreaSummary area) {
        return switch (step) {
            case COMPLETE -> "the AD Commissioning for " + area.name();
            case REVIEW -> "the Strategic Director for " + area.directorateName();
            case SIGN_OFF -> "a member of the Performance Team";
        };
    }

    private List<PersonSummary> person(@Nullable Long personId) {
        return personId == null ? List.of() : people.findById(personId).stream().toList();
    }

    private static boolean hasAddress(PersonSummary person) {
        if (person.email() == null || person.email().isBlank()) {
            log.warn("Person {} has no e-mail address, so is not e-mailed about a deadline", person.id());
            return false;
        }
        return true;
    }

    private QuarterlyReturn returnOf(DelegateExecution execution) {
        long returnId = ((Number) execution.getVariable("returnId")).longValue();
        return returns.findById(returnId).orElseThrow(() -> new IllegalStateException("No return " + returnId));
    }

    /** The timer is on this task and does not interrupt it, so the task is still there. */
    private Task taskOf(DelegateExecution execution, ReturnStep step) {
        return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(step.taskKey()).singleResult();
    }

    private LocalDate day(java.util.Date moment) {
        return LocalDate.ofInstant(moment.toInstant(), zone);
    }

    /** Flowable's clock, which fired the timer (and which tests move on). */
    private LocalDateTime now() {
        return LocalDateTime.ofInstant(engine.getClock().getCurrentTime().toInstant(), zone);
    }
}
