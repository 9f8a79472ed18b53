package uk.co.goldenthread.quarters.workflow;

import java.util.Map;
import org.flowable.common.engine.impl.cfg.SpringBeanFactoryProxyMap;
import org.flowable.common.engine.impl.persistence.deploy.DefaultDeploymentCache;
import org.flowable.engine.impl.delegate.invocation.DefaultDelegateInterceptor;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.persistence.entity.data.impl.MybatisExecutionDataManager;
import org.flowable.engine.interceptor.IdentityLinkInterceptor;
import org.flowable.identitylink.service.impl.persistence.entity.IdentityLinkEntity;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What Flowable does besides moving a return along, kept to what Golden Thread reads: each step of a return is a
 * click, and every statement Flowable sends is part of its cost (ReturnStepCostTest).
 * <ul>
 * <li>A process may set its own history level (the return's is none: its audit trail is Golden Thread's own).</li>
 * <li>No "participant" or "starter" identity links: Flowable would add one to the process instance for every
 * assignee and starter (a select and two inserts a step), and nothing asks for them: who may act is the task's
 * assignee and the deputies (ReturnAccess), and who did what is the audit trail's.</li>
 * <li>No runtime activity instances for a process without activity history
 * ({@link RuntimeActivitiesWhereHistoryIsKept}).</li>
 * <li>The return process's beans are found before its variables ({@link WorkflowBeansFirst}).</li>
 * <li>A return's process ends without looking for what its process instance never holds
 * ({@link ReturnInstancesHoldNothingButVariables}).</li>
 * <li>Eager execution tree fetching, for the processes whose BPMN asks for it (the return's): a step reads its
 * process's executions in one query ({@link ReturnAccess#complete}) and finds them in the command's cache after that,
 * where it read the step's execution, the process instance and the timers' executions one query each.</li>
 * <li>Completing a user task trusts its execution's task count ({@link UserTasksLeftByTheirCount}).</li>
 * <li>An execution deleted in the same flush is not updated first, unless the update moves it, and Flowable's
 * multi-row inserts are built from each kind's one-row insert, parsed once, rather than parsed again at every flush
 * ({@link LeanDbSqlSessions}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class WorkflowEngineSettings {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> leanWorkflowEngine(ApplicationContext context) {
        return engine -> {
            // what the engine's init would set, made here so that the expressions can be given their own resolver
            Map<Object, Object> beans = new SpringBeanFactoryProxyMap(context);
            engine.setBeans(beans);
            engine.setDelegateInterceptor(new DefaultDelegateInterceptor());
            var expressions = new WorkflowBeansFirst(engine.getDelegateInterceptor(), beans);
            if (engine.isExpressionCacheEnabled()) {
                expressions.setExpressionCache(new DefaultDeploymentCache<>(engine.getExpressionCacheSize()));
            }
            expressions.setExpressionTextLengthCacheLimit(engine.getExpressionTextLengthCacheLimit());
            engine.setExpressionManager(expressions);
            engine.setIdentityLinkInterceptor(new NoIdentityLinks());
            engine.setEnableProcessDefinitionHistoryLevel(true);
            engine.setActivityInstanceEntityManager(new RuntimeActivitiesWhereHistoryIsKept(engine));
            engine.setEnableEagerExecutionTreeFetching(true);
            engine.setActivityBehaviorFactory(new UserTasksLeftByTheirCount());
            engine.setDbSqlSessionFactory(new LeanDbSqlSessions(engine.isUsePrefixId()));
            var executions = new MybatisExecutionDataManager(engine);
            engine.setExecutionDataManager(executions);
            engine.setExecutionEntityManager(new ReturnInstancesHoldNothingButVariables(engine, executions));
        };
    }

    /** Keeps the identity links a task is given explicitly (none today), and adds none of Flowable's own. */
    private static final class NoIdentityLinks implements IdentityLinkInterceptor {

        @Override
        public void handleCompleteTask(TaskEntity task) {
        }

        @Override
        public void handleAddIdentityLinkToTask(TaskEntity task, IdentityLinkEntity link) {
        }

        @Override
        public void handleAddAssigneeIdentityLinkToTask(TaskEntity task, String assignee) {
        }

        @Override
        public void handleAddOwnerIdentityLinkToTask(TaskEntity task, String owner) {
        }

        @Override
        public void handleCreateProcessInstance(ExecutionEntity processInstance) {
        }

        @Override
        public void handleCreateSubProcessInstance(ExecutionEntity subProcessInstance, ExecutionEntity superExecution) {
        }
    }
}
