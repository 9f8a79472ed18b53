package uk.co.goldenthread.quarters.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.quarters.workflow.ReturnAccess;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;

/**
 * At start-up, reports every return whose status and workflow disagree. They change together in one transaction, so
 * a disagreement means someone changed the database by hand or a bug slipped through: a person must look at it.
 */
@Component
@Transactional(readOnly = true)
public class ReturnsConsistencyCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReturnsConsistencyCheck.class);

    private final QuarterlyReturnRepository returns;
    private final TaskService tasks;

    ReturnsConsistencyCheck(QuarterlyReturnRepository returns, TaskService tasks) {
        this.returns = returns;
        this.tasks = tasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> disagreements = disagreements();
        if (!disagreements.isEmpty()) {
            log.warn("{} returns disagree with their workflow:\n{}", disagreements.size(),
                    String.join("\n", disagreements));
        }
    }

    /** One line per return whose status does not match the step its workflow waits at. */
    public List<String> disagreements() {
        Map<Long, List<String>> stepsByReturn = new HashMap<>();
        for (Task task : tasks.createTaskQuery().processDefinitionKey(ReturnAccess.RETURN_PROCESS)
                .includeProcessVariables().list()) {
            if (task.getProcessVariables().get("returnId") instanceof Long returnId) {
                stepsByReturn.computeIfAbsent(returnId, id -> new ArrayList<>()).add(task.getTaskDefinitionKey());
            }
        }
        List<String> found = new ArrayList<>();
        for (QuarterlyReturn ret : returns.findAll()) {
            List<String> steps = stepsByReturn.getOrDefault(ret.getId(), List.of());
            String expected = expectedStep(ret.getStatus());
            if (!(expected == null ? steps.isEmpty() : steps.size() == 1 && Objects.equals(steps.getFirst(), expected))) {
                found.add("Return " + ret.getId() + " of " + ret.getQuarter().getPeriod().label() + " is '"
                        + ret.getStatus().label() + "' but its workflow waits at " + (steps.isEmpty() ? "no step"
                                : String.join(", ", steps)) + (expected == null ? "" : " instead of " + expected) + ".");
            }
        }
        return found;
    }

    private static @Nullable String expectedStep(ReturnStatus status) {
        return switch (status) {
            case DRAFT, RETURNED_TO_DELIVERY -> ReturnStep.COMPLETE.taskKey();
            case SUBMITTED, RETURNED_TO_COMMISSIONING -> ReturnStep.REVIEW.taskKey();
            case APPROVED -> ReturnStep.SIGN_OFF.taskKey();
            case SIGNED_OFF, INCLUDED_IN_PACK, PUBLISHED, MISSING -> null;
        };
    }
}
