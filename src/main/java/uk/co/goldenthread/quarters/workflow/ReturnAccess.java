package uk.co.goldenthread.quarters.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.impl.util.ProcessDefinitionUtil;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.flowable.task.api.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.Role;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.returns.ReturnAssembler;

/**
 * Who may open a return and who may act on its current step: the person the step is assigned to, a deputy acting
 * for them today, or the Performance Team when the step has nobody named.
 */
@Component
public class ReturnAccess {

    public static final String RETURN_PROCESS = "quarterlyReturn";

    /** The signed-in person may act on a task, on behalf of its assignee when they are that person's deputy. */
    public record Acting(Task task, @Nullable String onBehalfOf) {
    }

    private final TaskService tasks;
    private final ManagementService management;
    private final PeopleService people;
    private final ReturnAssembler assembler;
    private final Clock clock;

    ReturnAccess(TaskService tasks, ManagementService management, PeopleService people, ReturnAssembler assembler,
            Clock clock) {
        this.tasks = tasks;
        this.management = management;
        this.people = people;
        this.assembler = assembler;
        this.clock = clock;
    }

    public @Nullable Task currentTask(long returnId) {
        return tasks.createTaskQuery().processDefinitionKey(RETURN_PROCESS).processVariableValueEquals("returnId", returnId)
                .singleResult();
    }

    /**
     * Completes a return's task, the outcome a transient variable (never written), and gives the task the process
     * moved on to, null once the route has ended: taken from the engine's own cache of what it is writing, in the same
     * Flowable command, since reading it back would cost the page a query. The outcome is put on the task's own
     * execution, where the gateway after the task reads it: given to complete, it would go on the process instance,
     * and the gateway's lookup would first read the execution's stored variables (a query) to find it not there.
     * The task must be the one {@link #currentTask} read in this transaction.
     */
    public @Nullable Task complete(Task task, Map<String, Object> transientVariables) {
        return management.executeCommand(context -> {
            readTheRoutesExecutions(context, task);
            if (task instanceof TaskEntity read) {
                // read by currentTask in this transaction: completing it needs no second read of the same row (its
                // delete still checks the row's revision)
                CommandContextUtil.getEntityCache(context).put(read, true);
            }
            if (!transientVariables.isEmpty()) {
                CommandContextUtil.getExecutionEntityManager(context).findById(task.getExecutionId())
                        .setTransientVariablesLocal(transientVariables);
            }
            tasks.complete(task.getId());
            return CommandContextUtil.getEntityCache(context).findInCache(TaskEntity.class).stream()
                    .filter(t -> !t.isDeleted() && !t.getId().equals(task.getId())
                            && task.getProcessInstanceId().equals(t.getProcessInstanceId()))
                    .map(Task.class::cast).findFirst().orElse(null);
        });
    }

    /**
     * Reads every execution of a return's process (the instance, the step's execution, its timers' executions) in one
     * query, into the command's cache. The return's BPMN asks for Flowable's eager tree fetching, so completing the
     * step then finds them all there; on its own, Flowable would read the step's execution and then the tree, two
     * queries. A route on an earlier definition, which does not ask for the tree (and may run inside the quarter's
     * process, whose tree is every return's), is left to read what it needs.
     */
    private static void readTheRoutesExecutions(CommandContext context, Task task) {
        if (ProcessDefinitionUtil.getProcess(task.getProcessDefinitionId()).isEnableEagerExecutionTreeFetching()) {
            CommandContextUtil.getDbSqlSession(context).selectList("selectExecutionsWithSameRootProcessInstanceId",
                    task.getProcessInstanceId());
        }
    }

    public Optional<Acting> acting(Task task, PersonSummary me) {
        String assignee = task.getAssignee();
        if (assignee == null) {
            return me.roles().contains(Role.PERFORMANCE_TEAM) ? Optional.of(new Acting(task, null)) : Optional.empty();
        }
        if (assignee.equals(me.username())) {
            return Optional.of(new Acting(task, null));
        }
        return actingFor(me).stream().anyMatch(p -> p.username().equals(assignee))
                ? Optional.of(new Acting(task, assignee)) : Optional.empty();
    }

    /** Every return task the person may act on: theirs, those of the people they deputise for, the unnamed ones. */
    public List<Acting> tasksOf(PersonSummary me) {
        List<String> assignees = new ArrayList<>(List.of(me.username()));
        actingFor(me).forEach(p -> assignees.add(p.username()));
        List<Acting> all = new ArrayList<>();
        tasks.createTaskQuery().processDefinitionKey(RETURN_PROCESS).taskAssigneeIds(assignees).includeProcessVariables()
                .list().forEach(t -> all.add(new Acting(t, t.getAssignee().equals(me.username()) ? null : t.getAssignee())));
        if (me.roles().contains(Role.PERFORMANCE_TEAM)) {
            tasks.createTaskQuery().processDefinitionKey(RETURN_PROCESS).taskUnassigned().includeProcessVariables()
                    .list().forEach(t -> all.add(new Acting(t, null)));
        }
        return all;
    }

    /** Its AD Delivery, AD Commissioning and Strategic Director, their deputies today, and the Performance Team. */
    public boolean mayRead(QuarterlyReturn ret, PersonSummary me) {
        if (me.roles().contains(Role.PERFORMANCE_TEAM) || assembler.isOnRoute(ret, me.id())) {
            return true;
        }
        return actingFor(me).stream().anyMatch(p -> assembler.isOnRoute(ret, p.id()));
    }

    private List<PersonSummary> actingFor(PersonSummary me) {
        return people.actingFor(me.id(), LocalDate.now(clock));
    }
}
