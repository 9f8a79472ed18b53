package uk.co.goldenthread.quarters.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.quarters.workflow.ReturnAccess;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;

/**
 * A leaver's open return tasks go to their line manager on the return: an AD Delivery's to the area's AD
 * Commissioning, an AD Commissioning's to the Strategic Director, a Strategic Director's to the Performance Team.
 */
@Service
@Transactional
public class LeaversTasks {

    private final QuarterlyReturnRepository returns;
    private final TaskService tasks;
    private final ReturnRouting routing;
    private final PeopleService people;
    private final AuditLog audit;
    private final Clock clock;

    LeaversTasks(QuarterlyReturnRepository returns, TaskService tasks, ReturnRouting routing, PeopleService people,
            AuditLog audit, Clock clock) {
        this.returns = returns;
        this.tasks = tasks;
        this.routing = routing;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reassigns every open return task of a person who has left to the next person up; returns how many moved. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public int reassignLeaversTasks() {
        LocalDate today = LocalDate.now(clock);
        Map<String, PersonSummary> leavers = people.leftBefore(today).stream()
                .collect(Collectors.toMap(PersonSummary::username, Function.identity()));
        if (leavers.isEmpty()) {
            return 0;
        }
        int moved = 0;
        for (Task task : tasks.createTaskQuery().processDefinitionKey(ReturnAccess.RETURN_PROCESS)
                .taskAssigneeIds(leavers.keySet()).includeProcessVariables().list()) {
            if (!(task.getProcessVariables().get("returnId") instanceof Long returnId)) {
                continue;
            }
            QuarterlyReturn ret = returns.findById(returnId).orElseThrow();
            PersonSummary leaver = leavers.get(task.getAssignee());
            if (leaver == null) {
                continue; // not a leaver's task: the query asks for those only
            }
            ReturnStep step = ReturnStep.ofTask(task.getTaskDefinitionKey());
            String next = routing.route(ret, step, null).username();
            tasks.setAssignee(task.getId(), next);
            audit.record(ReturnService.AUDIT_SUBJECT, returnId, "task reassignment",
                    task.getName() + ": " + described(leaver), next == null ? "the Performance Team"
                            : described(people.findByUsername(next).orElseThrow()),
                    leaver.fullName() + " left on " + UkDates.format(leaver.leftOn())
                            + ", so the step goes to their line manager on this return.");
            moved++;
        }
        return moved;
    }

    private static String described(@Nullable PersonSummary person) {
        return person == null ? "nobody" : person.fullName() + " (" + person.username() + ")";
    }
}
