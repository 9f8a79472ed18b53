package uk.co.goldenthread.quarters.workflow;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.scripting.defaults.RawSqlSource;
import org.apache.ibatis.session.Configuration;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.db.DbSqlSession;
import org.flowable.common.engine.impl.db.DbSqlSessionFactory;
import org.flowable.common.engine.impl.db.HasRevision;
import org.flowable.common.engine.impl.persistence.cache.CachedEntity;
import org.flowable.common.engine.impl.persistence.cache.EntityCache;
import org.flowable.common.engine.impl.persistence.entity.Entity;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.persistence.entity.ExecutionEntityImpl;
import org.jspecify.annotations.Nullable;

/**
 * Flowable's database session, less two costs.
 * <ul>
 * <li><b>An execution deleted in the same flush is not first updated.</b> Flowable updates every changed execution,
 * deleted or not, because an update may move an execution under another parent, which the deletes that follow depend
 * on. When a step leaves a task, the timers' executions below it are marked inactive with no timer (an update each)
 * and then deleted; when a return is signed off, every execution of its process is. Those updates change no link
 * (parent, super execution, root instance): they write a row that the same flush deletes. They are left out; the
 * delete still checks the row's revision as read, as the update would have. An update that changes a link is
 * kept.</li>
 * <li><b>Many rows of one kind are inserted without MyBatis parsing the statement again.</b> Flowable generates a
 * multi-row {@code INSERT} for every hundred rows, which MyBatis then parses for its parameters each time: a
 * quarter's open inserts about 1,200 rows in one flush, and that parsing was a quarter of the open's CPU. Here the
 * same multi-row statements are built from the entity's own one-row insert, parsed once when the engine starts: the
 * same statements reach the database. A kind whose insert is not fixed SQL of that shape goes as Flowable sends
 * it.</li>
 * </ul>
 */
final class LeanDbSqlSessions extends DbSqlSessionFactory {

    /** An insert of one row: everything up to its VALUES, then the one group of values, and nothing after. */
    private static final Pattern VALUES =
            Pattern.compile("(?is)\\s*(insert\\s+into\\s.*\\bvalues\\s*)(\\([^()]*\\))\\s*");

    /** Whether an insert's SQL is of one row's shape, which a multi-row insert can be built from. */
    static boolean oneRowInsert(String sql) {
        return VALUES.matcher(sql).matches();
    }

    private static final String[] LINKS = {"parentId", "superExecution", "rootProcessInstanceId"};

    LeanDbSqlSessions(boolean usePrefixId) {
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
        protected void flushBulkInsert(Collection<Entity> entities, Class<? extends Entity> clazz) {
            Map<String, List<Entity>> byStatement = new LinkedHashMap<>();
            for (Entity entity : entities) {
                String statement = dbSqlSessionFactory.mapStatement(dbSqlSessionFactory.getInsertStatement(entity));
                byStatement.computeIfAbsent(statement, k -> new ArrayList<>()).add(entity);
            }
            Configuration mybatis = sqlSession.getConfiguration();
            byStatement.forEach((statement, rows) -> {
                MappedStatement insert = statement != null && mybatis.hasStatement(statement)
                        ? mybatis.getMappedStatement(statement) : null;
                if (insert == null || !(insert.getSqlSource() instanceof RawSqlSource) || !insertRows(insert, rows)) {
                    super.flushBulkInsert(rows, clazz);
                }
            });
        }

        /**
         * The rows as Flowable sends them, a multi-row {@code INSERT} for every hundred, but built from the entity's
         * own insert (its SQL and parameters parsed once, at start-up): its {@code VALUES} group repeated, each row's
         * parameters set by MyBatis as for one row, at that row's place. False, with nothing sent, when the insert is
         * not of that shape.
         */
        private boolean insertRows(MappedStatement insert, List<Entity> rows) {
            BoundSql one = insert.getBoundSql(rows.getFirst());
            Matcher values = VALUES.matcher(one.getSql());
            if (!values.matches()) {
                return false;
            }
            int perRow = one.getParameterMappings().size();
            int most = dbSqlSessionFactory.getMaxNrOfStatementsInBulkInsert();
            for (int from = 0; from < rows.size(); from += most) {
                List<Entity> chunk = rows.subList(from, Math.min(rows.size(), from + most));
                String sql = values.group(1) + String.join(", ", Collections.nCopies(chunk.size(), values.group(2)));
                try (PreparedStatement prepared = sqlSession.getConnection().prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        Entity row = chunk.get(i);
                        new DefaultParameterHandler(insert, row, insert.getBoundSql(row))
                                .setParameters(shifted(prepared, i * perRow));
                    }
                    prepared.executeUpdate();
                } catch (SQLException e) {
                    throw new FlowableException("Could not insert " + chunk.size() + " rows with " + insert.getId(), e);
                }
            }
            sqlSession.clearCache(); // as MyBatis does after an insert of its own
            for (Entity row : rows) {
                if (row instanceof HasRevision) {
                    incrementRevision(row);
                }
            }
            return true;
        }

        /** The statement with every parameter index moved on by offset: a row's place in a multi-row insert. */
        private static PreparedStatement shifted(PreparedStatement statement, int offset) {
            return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                        if (args != null && args.length > 0 && args[0] instanceof Integer index
                                && method.getName().startsWith("set")) {
                            args[0] = index + offset;
                        }
                        try {
                            return method.invoke(statement, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
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
