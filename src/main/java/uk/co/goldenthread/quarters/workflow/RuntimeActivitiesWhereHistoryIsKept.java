package uk.co.goldenthread.quarters.workflow;

import java.util.Date;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.persistence.entity.ActivityInstanceEntityManagerImpl;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.persistence.entity.data.impl.MybatisActivityInstanceDataManager;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.jspecify.annotations.Nullable;

/**
 * Flowable's runtime activity instances (ACT_RU_ACTINST: a row for every task, gateway, event and sequence flow a
 * process passes, updated when it ends) are what its activity history is copied from, and nothing in Golden Thread
 * reads them. A process that keeps no activity history (a return's) records none: its every step then costs about
 * eight statements fewer (a select of each boundary timer's and the next activity's row, their insert and updates;
 * ReturnStepCostTest). A process that does keep it (the quarter's) records them as Flowable does.
 */
final class RuntimeActivitiesWhereHistoryIsKept extends ActivityInstanceEntityManagerImpl {

    RuntimeActivitiesWhereHistoryIsKept(ProcessEngineConfigurationImpl engine) {
        super(engine, new MybatisActivityInstanceDataManager(engine));
    }

    @Override
    public void recordActivityStart(ExecutionEntity execution) {
        if (kept(execution.getProcessDefinitionId())) {
            super.recordActivityStart(execution);
        }
    }

    @Override
    public void recordActivityEnd(ExecutionEntity execution, String deleteReason) {
        if (kept(execution.getProcessDefinitionId())) {
            super.recordActivityEnd(execution, deleteReason);
        }
    }

    @Override
    public void recordSequenceFlowTaken(ExecutionEntity execution) {
        if (kept(execution.getProcessDefinitionId())) {
            super.recordSequenceFlowTaken(execution);
        }
    }

    @Override
    public void recordSubProcessInstanceStart(ExecutionEntity parentExecution, ExecutionEntity subProcessInstance) {
        if (kept(parentExecution.getProcessDefinitionId())) {
            super.recordSubProcessInstanceStart(parentExecution, subProcessInstance);
        }
    }

    @Override
    public void recordTaskCreated(TaskEntity task, ExecutionEntity execution) {
        if (kept(task.getProcessDefinitionId())) {
            super.recordTaskCreated(task, execution);
        }
    }

    @Override
    public void recordActivityTaskEnd(TaskEntity task, ExecutionEntity execution, String deleteReason,
            String completedBy, Date endTime) {
        if (kept(task.getProcessDefinitionId())) {
            super.recordActivityTaskEnd(task, execution, deleteReason, completedBy, endTime);
        }
    }

    @Override
    public void recordTaskInfoChange(TaskEntity task, Date changeTime) {
        if (kept(task.getProcessDefinitionId())) {
            super.recordTaskInfoChange(task, changeTime);
        }
    }

    @Override
    public void syncUserTaskExecution(ExecutionEntity execution, FlowElement newFlowElement, String oldActivityId,
            TaskEntity task) {
        if (kept(execution.getProcessDefinitionId())) {
            super.syncUserTaskExecution(execution, newFlowElement, oldActivityId, task);
        }
    }

    /** A task outside any process keeps Flowable's behaviour. */
    private boolean kept(@Nullable String processDefinitionId) {
        return processDefinitionId == null
                || getHistoryManager().isHistoryLevelAtLeast(HistoryLevel.ACTIVITY, processDefinitionId);
    }
}
