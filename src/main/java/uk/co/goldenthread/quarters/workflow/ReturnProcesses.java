package uk.co.goldenthread.quarters.workflow;

import java.util.Collection;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts and ends returns' processes (processes/quarterly-return.bpmn20.xml), one process instance a return, its
 * business key naming the return. The quarter's process does not call them: ending a called instance inside its
 * multi-instance activity cost every sign-off about 28 statements more.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ReturnProcesses {

    static final String BUSINESS_KEY_PREFIX = "return-";

    private final RuntimeService runtime;
    private final ManagementService management;

    ReturnProcesses(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /**
     * Starts every return's route at its AD Delivery, in one Flowable command: the engine writes all the instances'
     * rows in one flush, a bulk insert a table, rather than a flush a return.
     */
    public void start(Collection<Long> returnIds) {
        management.executeCommand(context -> {
            returnIds.forEach(id -> start(id, ReturnStep.COMPLETE));
            return null;
        });
    }

    /** Starts a return's route at the given step (the BPMN's "Where does it start?" gateway). */
    public void start(long returnId, ReturnStep at) {
        var builder = runtime.createProcessInstanceBuilder().processDefinitionKey(ReturnAccess.RETURN_PROCESS)
                .businessKey(BUSINESS_KEY_PREFIX + returnId).variable("returnId", returnId);
        if (at != ReturnStep.COMPLETE) {
            builder.variable("startAt", at.taskKey());
        }
        builder.start();
    }

    /**
     * The return a process instance is the route of: its business key names it; an instance started under the
     * process's earlier definitions (business key quarter-{id}) has only its returnId variable.
     */
    static long returnIdOf(DelegateExecution execution) {
        String key = execution.getProcessInstanceBusinessKey();
        if (key != null && key.startsWith(BUSINESS_KEY_PREFIX)) {
            return Long.parseLong(key.substring(BUSINESS_KEY_PREFIX.length()));
        }
        return ((Number) execution.getVariable("returnId")).longValue();
    }

    /** Ends the routes of these returns, where one is still running, giving the reason. */
    public void end(Collection<Long> returnIds, String why) {
        for (long id : returnIds) {
            runtime.createProcessInstanceQuery().processDefinitionKey(ReturnAccess.RETURN_PROCESS)
                    .variableValueEquals("returnId", id).list()
                    .forEach(p -> runtime.deleteProcessInstance(p.getId(), why));
        }
    }
}
