package uk.co.goldenthread.quarters.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.ReturnSummary;

/**
 * A return's process ends without Flowable looking for what its process instance never holds
 * ({@link ReturnInstancesHoldNothingButVariables}): this checks that it never does hold any. Every return of one
 * quarter is signed off, and another quarter is closed early with a return signed off, one submitted and the rest not
 * started (their processes deleted at each step). Then no runtime row of any of those processes is left: no
 * execution, task, variable, identity link, job of any kind, event subscription or activity instance. Rolled back.
 */
@SpringBootTest
@Transactional
class ReturnProcessLeavesNothingBehindTest {

    private static final List<String> BY_PROC_INST_ID = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE",
            "ACT_RU_IDENTITYLINK", "ACT_RU_EVENT_SUBSCR", "ACT_RU_ACTINST");
    private static final List<String> BY_PROCESS_INSTANCE_ID = List.of("ACT_RU_TIMER_JOB", "ACT_RU_JOB",
            "ACT_RU_SUSPENDED_JOB", "ACT_RU_DEADLETTER_JOB", "ACT_RU_EXTERNAL_JOB");

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    QuarterService quarters;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void noRuntimeRowOutlivesAReturnsProcessSignedOffOrClosedEarly() {
        var journeys = new Journeys(context);
        long signedOff = journeys.openQuarter(2074, 1).id();
        long closed = journeys.openQuarter(2074, 2).id();
        List<String> instances = new ArrayList<>();
        instances.addAll(instancesOf(journeys.returnsOf(signedOff)));
        List<ReturnSummary> closing = journeys.returnsOf(closed);
        instances.addAll(instancesOf(closing));
        assertThat(instances).as("a running process for every return").hasSize(journeys.returnsOf(signedOff).size()
                + closing.size());
        assertThat(rowsOf(instances)).as("what the running processes hold").containsKeys("ACT_RU_EXECUTION",
                "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_TIMER_JOB");

        journeys.completeAll(signedOff, Map.of("FIN01", "88.5"));
        long first = closing.get(0).id();
        journeys.fillIn(first, Map.of("FIN01", "88.5"));
        journeys.submit(first);
        journeys.approve(first);
        journeys.signOff(first);
        long second = closing.get(1).id();
        journeys.fillIn(second, Map.of("FIN01", "88.5"));
        journeys.submit(second);
        SignIn.as(context, "priya.shah");
        quarters.closeEarly(closed, "Cabinet papers are due");

        assertThat(rowsOf(instances)).as("runtime rows left by the ended processes").isEmpty();
    }

    private List<String> instancesOf(List<ReturnSummary> returns) {
        List<String> ids = new ArrayList<>();
        for (ReturnSummary r : returns) {
            ids.addAll(jdbc.queryForList("SELECT ID_ FROM ACT_RU_EXECUTION WHERE PARENT_ID_ IS NULL AND BUSINESS_KEY_ = ?",
                    String.class, ReturnProcesses.BUSINESS_KEY_PREFIX + r.id()));
        }
        return ids;
    }

    /** Each runtime table holding a row of one of the process instances, with how many. */
    private Map<String, Long> rowsOf(List<String> instances) {
        String in = String.join(", ", instances.stream().map(id -> "'" + id + "'").toList());
        Map<String, Long> rows = new java.util.TreeMap<>();
        for (String table : BY_PROC_INST_ID) {
            count(rows, table, "SELECT COUNT(*) FROM " + table + " WHERE PROC_INST_ID_ IN (" + in + ")");
        }
        for (String table : BY_PROCESS_INSTANCE_ID) {
            count(rows, table, "SELECT COUNT(*) FROM " + table + " WHERE PROCESS_INSTANCE_ID_ IN (" + in + ")");
        }
        return rows;
    }

    private void count(Map<String, Long> rows, String table, String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        if (n != null && n > 0) {
            rows.put(table, n);
        }
    }
}
