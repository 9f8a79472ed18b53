package uk.co.goldenthread.quarters.workflow;

import java.util.Collection;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEventDispatcher;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.common.engine.impl.persistence.entity.ByteArrayRef;
import org.flowable.engine.delegate.event.impl.FlowableEventBuilder;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.persistence.CountingExecutionEntity;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.persistence.entity.ExecutionEntityManagerImpl;
import org.flowable.engine.impl.persistence.entity.data.impl.MybatisExecutionDataManager;
import org.flowable.engine.impl.util.EventUtil;
import org.flowable.variable.api.persistence.entity.VariableInstance;
import org.flowable.variable.service.impl.persistence.entity.VariableInstanceEntity;

/**
 * When a return's process ends (its sign-off, or the quarter closed early), Flowable deletes what its process instance
 * might hold: identity links, user tasks, timer, async, suspended, dead-letter and external jobs, and event
 * subscriptions, each found by a select first, because it keeps no counts on a process instance (only on the
 * executions below it). A return's process instance holds none of them: its tasks and timers sit on the executions
 * below (which are deleted first, by their counts), the return process has no event sub-process, start timer or
 * message, and no identity links are made ({@link WorkflowEngineSettings}). So for it those nine selects are skipped,
 * and so are the look for its sub-scope's variables and the delete of runtime activities it never records. Every other
 * process instance (the quarter's) is deleted as Flowable does. ReturnProcessLeavesNothingBehindTest checks that no
 * runtime row outlives a return's process.
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

    /**
     * A return's variables are deleted as Flowable deletes them, less its look for variables held under the
     * instance's sub-scope: only a multi-instance's aggregated variables and an external worker's are held there, and
     * a return's process has neither.
     */
    @Override
    protected void deleteVariables(ExecutionEntity execution, CommandContext commandContext,
            boolean enableExecutionRelationshipCounts, boolean eventDispatcherEnabled) {
        if (!isReturnInstance(execution)) {
            super.deleteVariables(execution, commandContext, enableExecutionRelationshipCounts, eventDispatcherEnabled);
            return;
        }
        if (enableExecutionRelationshipCounts && ((CountingExecutionEntity) execution).getVariableCount() == 0) {
            return;
        }
        Collection<VariableInstance> variables = execution.getVariableInstancesLocal().values();
        if (variables.isEmpty()) {
            return;
        }
        FlowableEventDispatcher events = engineConfiguration.getEventDispatcher();
        for (VariableInstance variable : variables) {
            if (variable instanceof VariableInstanceEntity stored) {
                ByteArrayRef bytes = stored.getByteArrayRef();
                if (bytes != null && bytes.getId() != null) {
                    getByteArrayEntityManager().deleteByteArrayById(bytes.getId());
                }
                if (eventDispatcherEnabled && events != null) {
                    String engine = engineConfiguration.getEngineCfgKey();
                    events.dispatchEvent(EventUtil.createVariableDeleteEvent(stored), engine);
                    events.dispatchEvent(FlowableEventBuilder.createEntityEvent(FlowableEngineEventType.ENTITY_DELETED,
                            stored), engine);
                }
            }
        }
        engineConfiguration.getVariableServiceConfiguration().getVariableService()
                .deleteVariablesByExecutionId(execution.getId());
    }

    /** A return's process records no runtime activities ({@link RuntimeActivitiesWhereHistoryIsKept}): none to go. */
    @Override
    protected void deleteActivityInstances(ExecutionEntity execution, CommandContext commandContext) {
        if (!isReturnInstance(execution) || engineConfiguration.getHistoryManager()
                .isHistoryLevelAtLeast(HistoryLevel.ACTIVITY, execution.getProcessDefinitionId())) {
            super.deleteActivityInstances(execution, commandContext);
        }
    }

    private static boolean isReturnInstance(ExecutionEntity execution) {
        String definition = execution.getProcessDefinitionId();
        return execution.isProcessInstanceType() && definition != null && definition.startsWith(RETURN_DEFINITION);
    }
}
