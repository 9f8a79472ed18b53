package uk.co.goldenthread.quarters.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowable.common.engine.impl.persistence.cache.CachedEntity;
import org.flowable.engine.impl.persistence.entity.ExecutionEntityImpl;
import org.junit.jupiter.api.Test;

/**
 * Which updates of a deleted execution may be left out: those that change none of its links (parent, super execution,
 * root instance), since the deletes that follow depend only on those. ReturnProcessLeavesNothingBehindTest and
 * ReturnStepCostTest see the engine with it.
 */
class LeanDbSqlSessionsTest {

    @Test
    void anExecutionMadeInactiveThenDeletedNeedsNoUpdate() {
        var execution = read();
        var cached = new CachedEntity(execution, true);
        execution.setActive(false);
        execution.setTimerJobCount(0);
        assertThat(cached.hasChanged()).as("Flowable sees a change").isTrue();
        assertThat(LeanDbSqlSessions.Session.linksUnchanged(cached)).isTrue();
    }

    @Test
    void anExecutionMovedUnderAnotherParentKeepsItsUpdate() {
        var execution = read();
        var cached = new CachedEntity(execution, true);
        execution.setParentId("another-parent");
        assertThat(LeanDbSqlSessions.Session.linksUnchanged(cached)).isFalse();
    }

    @Test
    void anExecutionGivenASuperExecutionKeepsItsUpdate() {
        var execution = read();
        var cached = new CachedEntity(execution, true);
        var caller = ExecutionEntityImpl.createWithEmptyRelationshipCollections();
        caller.setId("calling-execution");
        execution.setSuperExecution(caller);
        assertThat(LeanDbSqlSessions.Session.linksUnchanged(cached)).isFalse();
    }

    @Test
    void anExecutionGivenAnotherRootKeepsItsUpdate() {
        var execution = read();
        var cached = new CachedEntity(execution, true);
        execution.setRootProcessInstanceId("another-root");
        assertThat(LeanDbSqlSessions.Session.linksUnchanged(cached)).isFalse();
    }

    @Test
    void anExecutionNotInTheCacheKeepsItsUpdate() {
        assertThat(LeanDbSqlSessions.Session.linksUnchanged(null)).isFalse();
    }

    /** A timer's execution below a step's, as read from the database. */
    private static ExecutionEntityImpl read() {
        var execution = ExecutionEntityImpl.createWithEmptyRelationshipCollections();
        execution.setId("timer-execution");
        execution.setRevision(1);
        execution.setParentId("step-execution");
        execution.setRootProcessInstanceId("return-instance");
        execution.setActive(true);
        execution.setCountEnabled(true);
        execution.setTimerJobCount(1);
        return execution;
    }
}
