package uk.co.goldenthread.quarters.workflow;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.common.engine.impl.javax.el.CompositeELResolver;
import org.flowable.common.engine.impl.javax.el.ELContext;
import org.flowable.common.engine.impl.javax.el.ELResolver;
import org.flowable.engine.impl.el.ProcessExpressionManager;
import org.flowable.engine.impl.interceptor.DelegateInterceptor;
import org.jspecify.annotations.Nullable;

/**
 * Flowable's expressions, with the beans that processes/quarterly-return.bpmn20.xml calls resolved before process
 * variables. Flowable looks every name up among the variables first, so each `${returnRouting...}` read the task's
 * execution's and the process's variables from the database (two statements a step) only to find no variable of that
 * name. Only these names come first: any other name is a variable before a bean, as in Flowable.
 */
final class WorkflowBeansFirst extends ProcessExpressionManager {

    static final Set<String> NAMES = Set.of("returnRouting", "returnDeadlines", "returnNotifications");

    WorkflowBeansFirst(DelegateInterceptor delegateInterceptor, Map<Object, Object> beans) {
        super(delegateInterceptor, beans);
    }

    @Override
    protected ELResolver createVariableElResolver() {
        return new CompositeELResolver(List.of(new Named(beans), super.createVariableElResolver()));
    }

    private static final class Named extends ELResolver {

        private final Map<Object, Object> beans;

        Named(Map<Object, Object> beans) {
            this.beans = beans;
        }

        @Override
        public @Nullable Object getValue(ELContext context, @Nullable Object base, Object property) {
            if (base == null && property instanceof String name && NAMES.contains(name)) {
                context.setPropertyResolved(true);
                return beans.get(name);
            }
            return null;
        }

        @Override
        public @Nullable Class<?> getType(ELContext context, @Nullable Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext context, @Nullable Object base, Object property, Object value) {
        }

        @Override
        public boolean isReadOnly(ELContext context, @Nullable Object base, Object property) {
            return base == null && property instanceof String name && NAMES.contains(name);
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, @Nullable Object base) {
            return Object.class;
        }
    }
}
