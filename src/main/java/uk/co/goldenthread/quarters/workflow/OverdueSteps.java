package uk.co.goldenthread.quarters.workflow;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.TaskService;
import org.flowable.task.api.TaskInfo;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.quarters.MyTask;
import uk.co.goldenthread.quarters.returns.ReturnAssembler;
import uk.co.goldenthread.quarters.ReturnSummary;
import uk.co.goldenthread.quarters.domain.OverdueStep;
import uk.co.goldenthread.quarters.domain.OverdueStepRepository;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;

/** Steps that missed their deadline: what the assignee sees as overdue, and what was escalated to whom. */
@Service
@Transactional(readOnly = true)
public class OverdueSteps {

    private final OverdueStepRepository overdueSteps;
    private final QuarterlyReturnRepository returns;
    private final ReturnAssembler assembler;
    private final PeopleService people;
    private final TaskService tasks;
    private final Clock clock;

    OverdueSteps(OverdueStepRepository overdueSteps, QuarterlyReturnRepository returns, ReturnAssembler assembler,
            PeopleService people, TaskService tasks, Clock clock) {
        this.overdueSteps = overdueSteps;
        this.returns = returns;
        this.assembler = assembler;
        this.people = people;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** A step is overdue from the day after its deadline until it is done. */
    public boolean isOverdue(MyTask task) {
        return task.due().isBefore(LocalDate.now(clock));
    }

    /** The overdue steps escalated to the signed-in person that are still not done, most overdue first. */
    @PreAuthorize("isAuthenticated()")
    public List<EscalatedStep> escalatedToMe() {
        List<OverdueStep> escalated =
                overdueSteps.findByEscalatedToIdOrderByDueOnAscReturnIdAsc(people.currentPerson().id());
        if (escalated.isEmpty()) {
            return List.of();
        }
        Set<String> waiting = tasks.createTaskQuery().processDefinitionKey("quarterlyReturn").list().stream()
                .map(TaskInfo::getId).collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock);
        Map<String, EscalatedStep> byTask = new LinkedHashMap<>();
        for (OverdueStep step : escalated) {
            if (waiting.contains(step.getTaskId())) {
                byTask.putIfAbsent(step.getTaskId(), view(step, today));
            }
        }
        return byTask.values().stream().sorted(Comparator.comparing(EscalatedStep::daysLate).reversed()).toList();
    }

    private EscalatedStep view(OverdueStep step, LocalDate today) {
        ReturnSummary ret = assembler.summary(returns.findById(step.getReturnId()).orElseThrow());
        String title = ret.period().label() + ": " + ret.areaName() + " (" + ret.adDeliveryName() + ")";
        return new EscalatedStep(ret.id(), title,
                step.getStep().label(), step.getAssignee() == null ? "nobody yet" : assembler.nameOf(step.getAssignee()),
                step.getDueOn(), Math.max(1, DAYS.between(step.getDueOn(), today)));
    }
}
