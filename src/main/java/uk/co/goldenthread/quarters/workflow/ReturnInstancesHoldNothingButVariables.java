package uk.co.goldenthread.quarters.workflow;

import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.persistence.entity.ExecutionEntityManagerImpl;
import org.flowable.engine.impl.persistence.entity.data.impl.MybatisExecutionDataManager;

/**
 * When a return's process ends (its sign-off, or the quarter closed early), Flowable deletes what its process instance
 * might hold: identity links, user tasks, timer, async, suspended, dead-letter and external jobs, and event
 * subscriptions, each found by a select first, because it keeps no counts on a process instance (only on the
 * executions below it). A return's process instance holds none of them: its tasks and timers sit on the executions
 * below (which are deleted first, by their counts), the return process has no event sub-process, start timer or
 * message, and no identity links are made ({@link WorkflowEngineSettings}). So for it those nine selects are skipped;
 * its variables are deleted as Flowable does. Every other process instance (the quarter's) is deleted as Flowable does.
 * ReturnProcessLeavesNothingBehindTest checks that no runtime row outlives a return's process.
 */
final class ReturnInstancesHoldNothingButVariables extends ExecutionEntityManagerImpl {

    private static final String RETURN_DEFINITION = ReturnAccess.RETURN_PROCESS + ":";

    ReturnInstancesHoldNothingButVariables(ProcessEngineConfigurationImpl engine, MybatisExecutionDataManager data) {
        super(engine, data);
    }

    @Override
    protected void deleteIdentityLinks(ExecutionEntity execution, CommandContext commandContext,
            boolean eventDispatcherEnabled) {
        if (!isReturnInstance(execution)) {
            super.deleteIdentityLinks(execution, commandContext, eventDispatcherEnabled);
        }
    }

    @Override
    protected void deleteUserTasks(ExecutionEntity execution, String deleteReason, CommandContext commandContext,
            boolean enableExecutionRelationshipCounts, boolean eventDispatcherEnabled) {
        if (!isReturnInstance(execution)) {
            super.deleteUserTasks(execution, deleteReason, commandContext, enableExecutionRelationshipCounts,
                    eventDispatcherEnabled);
        }
    }

    @Override
    protected void deleteJobs(ExecutionEntity execution, CommandContext commandContext,
            boolean enableExecutionRelationshipCounts, boolean eventDispatcherEnabled) {
        if (!isReturnInstance(execution)) {
            super.deleteJobs(execution, commandContext, enableExecutionRelationshipCounts, eventDispatcherEnabled);
        }
    }

    @Override
    protected void deleteEventSubScriptions(ExecutionEntity execution, boolean enableExecutionRelationshipCounts,
            boolean eventDispatcherEnabled) {
        if (!isReturnInstance(execution)) {
            super.deleteEventSubScriptions(execution, enableExecutionRelationshipCounts, eventDispatcherEnabled);
        }
    }

    private static boolean isReturnInstance(ExecutionEntity execution) {
        String definition = execution.getProcessDefinitionId();
        return execution.isProcessInstanceType() && definition != null && definition.startsWith(RETURN_DEFINITION);
    }
}
