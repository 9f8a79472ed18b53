package uk.co.goldenthread.quarters.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The rows a quarter's open writes in bulk (its routes' executions, tasks, timers and variables) are inserted from
 * their kinds' own one-row inserts, parsed once ({@link LeanDbSqlSessions}): each is still fixed SQL of one row's
 * shape, so none falls back to MyBatis parsing Flowable's multi-row insert again at every flush. What those rows hold
 * is read back by the workflow's tests (ReturnProcessLeavesNothingBehindTest, DeadlineTimersTest and the rest).
 */
@SpringBootTest
class FlowableInsertsTest {

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Test
    void theKindsAnOpenInsertsInBulkHaveOneRowInsertsOfFixedSql() {
        var mybatis = engine.getSqlSessionFactory().getConfiguration();
        assertThat(engine.getDbSqlSessionFactory()).isInstanceOf(LeanDbSqlSessions.class);
        for (String insert : new String[] {"insertExecution", "insertTask", "insertTimerJob",
            "insertVariableInstance"}) {
            var statement = mybatis.getMappedStatement(engine.getDbSqlSessionFactory().mapStatement(insert));
            assertThat(statement.getSqlSource().getClass().getSimpleName()).as(insert).isEqualTo("RawSqlSource");
            assertThat(LeanDbSqlSessions.oneRowInsert(statement.getBoundSql(null).getSql())).as(insert).isTrue();
        }
    }

    @Test
    void aMultiRowInsertIsBuiltOnlyFromOneRowOfValues() {
        assertThat(LeanDbSqlSessions.oneRowInsert("insert into T (A, B) values (?, ?)")).isTrue();
        assertThat(LeanDbSqlSessions.oneRowInsert("\n  insert into T (A, B)\n values (?, 1)\n")).isTrue();
        assertThat(LeanDbSqlSessions.oneRowInsert("insert into T (A) select ? from dual")).isFalse();
        assertThat(LeanDbSqlSessions.oneRowInsert("insert into T (A) values (coalesce(?, 0))")).isFalse();
        assertThat(LeanDbSqlSessions.oneRowInsert("insert into T (A) values (?) on duplicate key update A = ?"))
                .isFalse();
    }
}
