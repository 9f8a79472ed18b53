package uk.co.goldenthread.quarters.workflow;

import java.util.Map;
import java.util.Objects;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.db.DbSqlSession;
import org.flowable.common.engine.impl.db.DbSqlSessionFactory;
import org.flowable.common.engine.impl.persistence.cache.CachedEntity;
import org.flowable.common.engine.impl.persistence.cache.EntityCache;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.persistence.entity.ExecutionEntityImpl;
import org.jspecify.annotations.Nullable;

/**
 * Flowable's database session, except that an execution deleted in the same flush is not first updated. Flowable
 * updates every changed execution, deleted or not, because an update may move an execution under another parent,
 * which the deletes that follow depend on. When a step leaves a task, the timers' executions below it are marked
 * inactive with no timer (an update each) and then deleted; when a return is signed off, every execution of its
 * process is. Those updates change no link (parent, super execution, root instance): they write a row that the same
 * flush deletes. They are left out; the delete still checks the row's revision as read, as the update would have.
 * An update that changes a link is kept.
 */
final class DeletedExecutionsNotUpdatedFirst extends DbSqlSessionFactory {

    private static final String[] LINKS = {"parentId", "superExecution", "rootProcessInstanceId"};

    DeletedExecutionsNotUpdatedFirst(boolean usePrefixId) {
        super(usePrefixId);
    }

    @Override
    protected DbSqlSession createDbSqlSession() {
        return new Session(this, Context.getCommandContext().getSession(EntityCache.class));
    }

    static final class Session extends DbSqlSession {

        Session(DbSqlSessionFactory factory, EntityCache cache) {
            super(factory, cache);
        }

        @Override
        public void determineUpdatedObjects() {
            super.determineUpdatedObjects();
            if (updatedObjects.isEmpty()) {
                return;
            }
            Map<String, CachedEntity> executions = entityCache.getAllCachedEntities().get(
                    ExecutionEntityImpl.class);
            updatedObjects.removeIf(entity -> entity instanceof ExecutionEntity && isEntityToBeDeleted(entity)
                    && executions != null && linksUnchanged(executions.get(entity.getId())));
        }

        static boolean linksUnchanged(@Nullable CachedEntity cached) {
            if (cached == null || !(cached.getOriginalPersistentState() instanceof Map<?, ?> before)
                    || !(cached.getEntity().getPersistentState() instanceof Map<?, ?> now)) {
                return false;
            }
            for (String link : LINKS) {
                if (!Objects.equals(before.get(link), now.get(link))) {
                    return false;
                }
            }
            return true;
        }
    }
}
