package uk.co.goldenthread.quarters.workflow;

import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.flowable.engine.impl.bpmn.parser.factory.DefaultActivityBehaviorFactory;
import org.flowable.engine.impl.persistence.CountingExecutionEntity;

/**
 * User tasks as Flowable makes them, except that completing one does not look up its execution's tasks when the
 * execution's own count already says none is left. Flowable counts the tasks on each execution (the engine's
 * relationship counts are on) and takes the completed task off the count before it moves the process on; its user
 * task then reads the execution's tasks only to check that none is still open, one query a step.
 */
final class UserTasksLeftByTheirCount extends DefaultActivityBehaviorFactory {

    @Override
    public UserTaskActivityBehavior createUserTaskActivityBehavior(UserTask userTask) {
        return new Behaviour(userTask);
    }

    private static final class Behaviour extends UserTaskActivityBehavior {

        Behaviour(UserTask userTask) {
            super(userTask);
        }

        @Override
        public void trigger(DelegateExecution execution, String signalName, Object signalData) {
            if (execution instanceof CountingExecutionEntity counted && counted.isCountEnabled()
                    && counted.getTaskCount() == 0) {
                leave(execution);
            } else {
                super.trigger(execution, signalName, signalData);
            }
        }
    }
}
