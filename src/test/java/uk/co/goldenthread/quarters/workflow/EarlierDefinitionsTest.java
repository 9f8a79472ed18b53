package uk.co.goldenthread.quarters.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterStatus;
import uk.co.goldenthread.quarters.ReturnSummary;

/**
 * A quarter opened before each return's process was started directly (the quarter's process then called them from a
 * multi-instance call activity; the definitions as they were are in src/test/resources/earlier-definitions) goes on
 * and ends on those definitions: its returns are signed off, or it is closed early, as before. The quarter is opened
 * as today and then put back on the earlier definitions as the application then started them. Commits 2061/62.
 */
@SpringBootTest
class EarlierDefinitionsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    QuarterService quarters;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aQuarterOnTheEarlierDefinitionsEndsWhenItsLastReturnIsSignedOff() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2061, 1).id();
        String instance = putOnEarlierDefinitions(journeys, quarterId);

        journeys.completeAll(quarterId, Map.of());

        SignIn.as(context, "priya.shah");
        assertThat(quarters.get(quarterId).status()).isEqualTo(QuarterStatus.SIGNED_OFF);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getEndActivityId()).isEqualTo("returnsSignedOff");
    }

    @Test
    void aQuarterOnTheEarlierDefinitionsClosesEarlyAndItsOpenReturnsStop() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2062, 1).id();
        String instance = putOnEarlierDefinitions(journeys, quarterId);
        List<ReturnSummary> returns = journeys.returnsOf(quarterId);
        long first = returns.getFirst().id();
        journeys.fillIn(first, Map.of());
        journeys.submit(first);
        journeys.approve(first);
        journeys.signOff(first);

        SignIn.as(context, "priya.shah");
        quarters.closeEarly(quarterId, "Cabinet moved forward");

        assertThat(quarters.get(quarterId).status()).isEqualTo(QuarterStatus.CLOSED_EARLY);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getEndActivityId()).isEqualTo("closedEarly");
        for (ReturnSummary r : returns) {
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReturnAccess.RETURN_PROCESS)
                    .variableValueEquals("returnId", r.id()).count()).as("processes of return " + r.id()).isZero();
        }
    }

    /**
     * Ends the quarter's processes as opened today and starts them again as the application did before: the quarter's
     * process of the earlier definition, given the returns' ids, calling each return's process itself. The current
     * definitions are deployed again afterwards, so that they stay the latest for every other test.
     */
    private String putOnEarlierDefinitions(Journeys journeys, long quarterId) {
        Deployment earlier = repository.createDeployment().name("Earlier definitions")
                .addClasspathResource("earlier-definitions/quarter-cycle.bpmn20.xml")
                .addClasspathResource("earlier-definitions/quarterly-return.bpmn20.xml").deploy();
        repository.createDeployment().name("Current definitions")
                .addClasspathResource("processes/quarter-cycle.bpmn20.xml")
                .addClasspathResource("processes/quarterly-return.bpmn20.xml").deploy();
        String earlierCycle = repository.createProcessDefinitionQuery().deploymentId(earlier.getId())
                .processDefinitionKey("quarterCycle").singleResult().getId();
        var jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
        String today = jdbc.queryForObject("SELECT process_instance_id FROM quarter WHERE id = ?", String.class,
                quarterId);
        List<Long> returnIds = journeys.returnsOf(quarterId).stream().map(ReturnSummary::id).toList();
        runtime.deleteProcessInstance(today, "Put on the earlier definitions");
        returnIds.forEach(id -> runtime.createProcessInstanceQuery().processInstanceBusinessKey("return-" + id).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "Put on the earlier definitions")));
        String instance = runtime.createProcessInstanceBuilder().processDefinitionId(earlierCycle)
                .businessKey("quarter-" + quarterId)
                .variables(Map.of("returnIds", new java.util.ArrayList<>(returnIds), "quarterId", quarterId)).start()
                .getId();
        jdbc.update("UPDATE quarter SET process_instance_id = ? WHERE id = ?", instance, quarterId);
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(instance).count())
                .as("returns called by the earlier quarter's process").isEqualTo(returnIds.size());
        return instance;
    }
}
