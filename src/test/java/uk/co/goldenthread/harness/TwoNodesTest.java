package uk.co.goldenthread.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import uk.co.goldenthread.NewPeople;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.TestTimetable;
import uk.co.goldenthread.WebSession;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.people.PasswordService;
import uk.co.goldenthread.people.PeopleAdminService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterStatus;
import uk.co.goldenthread.quarters.QuarterSummary;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.LineEntry;
import uk.co.goldenthread.quarters.ProgressEntry;
import uk.co.goldenthread.quarters.ProgressStatus;
import uk.co.goldenthread.quarters.ReturnApprovalService;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnEdit;
import uk.co.goldenthread.quarters.ReturnPage;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.workflow.ReturnRouting;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.base.DomainException;
import javax.sql.DataSource;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.co.goldenthread.TestSmtp;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on one MariaDB, as a deployment behind a load balancer runs them (this test's node and
 * {@link SecondNode}): the sign-in throttle counts across both; a quarter opened on one is seen on the other; the same
 * return approved on both at the same moment is approved once, the other person told plainly; its timers, due while
 * both nodes' async executors run, fire once each; the same pack compiled on both at the same moment gives exactly one
 * version; password-reset requests from one address on both nodes at once are held to the one limit. (Sessions ended on one node end on the other:
 * SessionsOnEveryNodeTest.)
 * <p>
 * {@code verify} runs one round on Q3 2025/26, closed early with no values so that no other test's "previous
 * quarter" sees it; {@code ./mvnw -Ptwo-nodes test} runs {@code -Dtwonodes.rounds} rounds (default 8, the quarters
 * of 2024/25 and 2025/26) on a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class TwoNodesTest {

    @RegisterExtension
    static final GreenMailExtension smtp = TestSmtp.server();

    private static final int ROUNDS = Integer.getInteger("twonodes.rounds", 1);
    private static SecondNode other;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    AuditLog audit;

    private SecondNode otherNode() {
        if (other == null) {
            other = SecondNode.on(context);
        }
        SignIn.useStrategyOf(context);
        return other;
    }

    @AfterAll
    static void stopTheOtherNode() {
        if (other != null) {
            other.close();
        }
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void failedSignInsOnBothNodesAddUpToOneLock() throws Exception {
        int otherPort = otherNode().port();
        for (int round = 1; round <= ROUNDS; round++) {
            PersonSummary person = newPerson();
            for (int attempt = 1; attempt <= 5; attempt++) {
                int node = attempt <= 3 ? port : otherPort; // 3 here, 2 there
                new WebSession(node, "10.26." + round + "." + attempt).signIn(person.username(), "guess " + attempt);
            }
            var here = new WebSession(port, "10.26." + round + ".10");
            var there = new WebSession(otherPort, "10.26." + round + ".11");
            here.signIn(person.username(), "correct horse battery");
            there.signIn(person.username(), "correct horse battery");
            assertThat(here.signedIn()).as("round %d: the right password on this node", round).isFalse();
            assertThat(there.signedIn()).as("round %d: the right password on the other node", round).isFalse();
        }
    }

    @Test
    void aQuarterOnTwoNodesApprovesOnceFiresEachTimerOnceAndCompilesOneVersion() throws Exception {
        SecondNode b = otherNode();
        List<String> losers = new ArrayList<>();
        List<String> approvalLosers = new ArrayList<>();
        List<String> timerRounds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            // Q3 2025/26 first: the one quarter of sec's years that no rolled-back test opens
            FinancialQuarter period = quarterOfRound(round);
            SignIn.as(context, "priya.shah");
            QuarterSummary opened = context.getBean(QuarterService.class).open(TestTimetable.of(period.financialYear(),
                    period.quarter()));

            SignIn.as(b.context(), "priya.shah");
            QuarterSummary seen = b.bean(QuarterService.class).get(opened.id());
            assertThat(seen.period()).isEqualTo(period);
            assertThat(seen.returnCount()).as("the returns opened on this node, seen on the other")
                    .isEqualTo(opened.returnCount()).isPositive();
            assertThat(b.bean(QuarterService.class).list()).extracting(QuarterSummary::id).contains(opened.id());

            approvalLosers.add(approveOnBothAtOnce(opened.id(), round, b));
            timerRounds.add(timersFireOnceWithBothExecutorsOn(opened.id(), round, b));

            SignIn.as(b.context(), "priya.shah");
            b.bean(QuarterService.class).closeEarly(opened.id(), "Two-node test: closed on the other node");
            SignIn.as(context, "priya.shah");
            assertThat(context.getBean(QuarterService.class).get(opened.id()).status())
                    .as("closed early on the other node, seen here").isEqualTo(QuarterStatus.CLOSED_EARLY);

            List<Object> outcomes = onBothAtOnce("priya.shah", node -> node.getBean(PackService.class)
                    .compile(opened.id()), context, b.context());
            long compiled = outcomes.stream().filter(PackSummary.class::isInstance).count();
            assertThat(compiled).as("round %d: compiles that succeeded, of two at once", round).isEqualTo(1);
            outcomes.stream().filter(Throwable.class::isInstance).map(t -> t.getClass().getSimpleName() + ": "
                    + ((Throwable) t).getMessage()).forEach(losers::add);
            SignIn.as(context, "priya.shah");
            assertThat(context.getBean(PackService.class).all()).filteredOn(p -> p.quarterId() == opened.id())
                    .as("round %d: versions of the pack", round).hasSize(1)
                    .allSatisfy(p -> assertThat(p.version()).isEqualTo(1));
        }
        System.out.printf("Two nodes: %d rounds, each one compile of two at once won; the others got: %s%n", ROUNDS,
                losers);
        System.out.printf("Two nodes: %d rounds, each one approval of two at once won; the others got: %s%n", ROUNDS,
                approvalLosers);
        System.out.printf("Two nodes: timers with both executors on: %s%n", timerRounds);
    }

    /**
     * One return of the quarter submitted (with no data, so that no other test's previous quarter has values from it),
     * then approved by its AD Commissioning on both nodes at the same instant: one approval wins, the other person is
     * told plainly that it was already done (a domain message, not a stack trace), and the audit shows one approval.
     */
    private String approveOnBothAtOnce(long quarterId, int round, SecondNode b) throws Exception {
        var journeys = new Journeys(context);
        long returnId = journeys.returnsOf(quarterId).getFirst().id();
        String delivery = context.getBean(ReturnRouting.class).adDelivery(returnId);
        String commissioning = java.util.Objects.requireNonNullElse(context.getBean(ReturnRouting.class)
                .adCommissioning(returnId), "priya.shah");
        SignIn.as(context, delivery);
        ReturnService returns = context.getBean(ReturnService.class);
        ReturnDetails draft = returns.get(returnId);
        returns.submit(new ReturnEdit(returnId, draft.version(), draft.lines().stream().filter(LineDetails::due)
                .map(l -> new LineEntry(l.lineId(), null, null, "Two-node test: no data this quarter", List.of()))
                .toList(), draft.progress().stream().map(p -> new ProgressEntry(p.progressId(),
                        ProgressStatus.ON_TRACK, draft.period().lastDay(), "Two-node test")).toList()));
        SignIn.as(context, commissioning);
        long version = returns.get(returnId).version();

        List<Object> outcomes = onBothAtOnce(commissioning, node -> node.getBean(ReturnApprovalService.class)
                .approve(returnId, version), context, b.context());

        assertThat(outcomes).as("round %d: approvals that succeeded, of two at once", round)
                .filteredOn(ReturnPage.class::isInstance).hasSize(1);
        List<Object> refused = outcomes.stream().filter(o -> !(o instanceof ReturnPage)).toList();
        assertThat(refused).as("round %d: the other approval is refused with a message for the person", round)
                .singleElement().isInstanceOf(DomainException.class);
        String message = ((Throwable) refused.getFirst()).getMessage();
        assertThat(message).doesNotContainIgnoringCase("exception").doesNotContain("SQL", "Flowable", "ACT_");
        SignIn.as(context, commissioning);
        assertThat(returns.get(returnId).status()).isEqualTo(ReturnStatus.APPROVED);
        assertThat(audit.history(ReturnService.AUDIT_SUBJECT, returnId)).filteredOn(r -> r.field().equals("status")
                && ReturnStatus.APPROVED.label().equals(r.newValue())).as("round %d: approvals audited", round)
                .hasSize(1);
        assertThat(context.getBean(TaskService.class).createTaskQuery().processVariableValueEquals("returnId",
                returnId).list()).as("round %d: the return's open tasks", round).singleElement()
                .satisfies(task -> assertThat(task.getTaskDefinitionKey()).isEqualTo("signOffReturn"));
        return refused.getFirst().getClass().getSimpleName() + ": " + message;
    }

    /**
     * The quarter's deadlines are long past by the real clock, so its returns' timers are due; both nodes' async
     * executors then run at once (as on every node of a deployment) until none is left: none failed, each open step
     * is escalated, and nobody is e-mailed the same escalation twice. Skipped in a round when some other test's timers
     * are due too in this database (they would fire as well): -Ptwo-nodes runs on a database of its own.
     */
    private String timersFireOnceWithBothExecutorsOn(long quarterId, int round, SecondNode b) throws Exception {
        ManagementService management = context.getBean(ManagementService.class);
        List<String> processes = new ArrayList<>();
        for (var ret : new Journeys(context).returnsOf(quarterId)) {
            processes.add(context.getBean(RuntimeService.class).createProcessInstanceQuery()
                    .processDefinitionKey("quarterlyReturn").variableValueEquals("returnId", ret.id()).singleResult()
                    .getId());
        }
        List<Job> due = management.createTimerJobQuery().executable().list();
        long others = due.stream().filter(job -> !processes.contains(job.getProcessInstanceId())).count();
        long ours = due.size() - others;
        assertThat(ours).as("round %d: the quarter's timers due by now", round).isPositive();
        if (others > 0) {
            return "round " + round + " skipped: " + others + " other timers due in this database";
        }
        List<AsyncExecutor> executors = List.of(executorOf(context), executorOf(b.context()));
        long started = System.nanoTime();
        try {
            executors.forEach(executor -> {
                executor.setDefaultTimerJobAcquireWaitTimeInMillis(200);
                executor.setDefaultAsyncJobAcquireWaitTimeInMillis(200);
                executor.start();
            });
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < until && processes.stream().anyMatch(p -> management.createTimerJobQuery()
                    .processInstanceId(p).executable().count() + management.createJobQuery().processInstanceId(p)
                    .count() > 0)) {
                Thread.sleep(100);
            }
        } finally {
            executors.forEach(AsyncExecutor::shutdown);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        int fired;
        for (String process : processes) {
            assertThat(management.createTimerJobQuery().processInstanceId(process).executable().count()
                    + management.createJobQuery().processInstanceId(process).count())
                    .as("round %d: timers still due after both executors ran", round).isZero();
            assertThat(management.createDeadLetterJobQuery().processInstanceId(process).count()
                    + management.createTimerJobQuery().processInstanceId(process).withException().count())
                    .as("round %d: timers that failed", round).isZero();
        }
        // each escalation e-mails each person told once: a timer fired twice would e-mail them twice (the overdue
        // step's row is written only if missing, so the e-mails are where a second firing would show)
        List<String> overdueMails = new ArrayList<>();
        long waitMails = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        do {
            Thread.sleep(200);
            overdueMails.clear();
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                if (mail.getSubject().startsWith("Overdue: ")) {
                    overdueMails.add(java.util.Arrays.toString(mail.getAllRecipients()) + " " + mail.getSubject());
                }
            }
        } while (System.nanoTime() < waitMails && overdueMails.size() < processes.size());
        fired = overdueMails.size();
        assertThat(overdueMails).as("round %d: escalation e-mails, each to each person once", round)
                .doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(processes.size());
        Integer escalations = new JdbcTemplate(context.getBean(DataSource.class)).queryForObject(
                "SELECT COUNT(DISTINCT task_id) FROM overdue_step o JOIN quarterly_return r ON r.id = o.return_id"
                        + " WHERE r.quarter_id = ?", Integer.class, quarterId);
        assertThat(escalations).as("round %d: open steps escalated, once each", round).isEqualTo(processes.size());
        return "round " + round + ": " + ours + " timers due, all fired, none failed, " + escalations
                + " steps escalated with " + fired + " e-mails (none twice), " + millis + " ms";
    }

    private static AsyncExecutor executorOf(ApplicationContext node) {
        return node.getBean(SpringProcessEngineConfiguration.class).getAsyncExecutor();
    }

    @Test
    void resetRequestsFromOneAddressOnBothNodesAtOnceAreLimitedToTenInAll() throws Exception {
        SecondNode b = otherNode();
        for (int round = 1; round <= ROUNDS; round++) {
            List<PersonSummary> people = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                people.add(newPerson());
            }
            String address = "10.27." + round + ".1";
            var start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(20);
            try {
                List<Future<?>> requests = new ArrayList<>();
                for (int i = 0; i < people.size(); i++) {
                    ApplicationContext node = i % 2 == 0 ? context : b.context();
                    String username = people.get(i).username();
                    requests.add(threads.submit(() -> {
                        start.await();
                        node.getBean(PasswordService.class).requestReset(username, address);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> request : requests) {
                    request.get(2, TimeUnit.MINUTES);
                }
            } finally {
                threads.shutdown();
            }
            long sent = people.stream().filter(p -> audit.history(PeopleAdminService.AUDIT_SUBJECT, p.id()).stream()
                    .anyMatch(r -> String.valueOf(r.newValue()).startsWith("Reset link e-mailed"))).count();
            assertThat(sent).as("round %d: reset links sent for 20 requests from one address, 10 on each node",
                    round).isEqualTo(10);
        }
    }

    /** Q3 2025/26, then the other quarters of 2025/26 and 2024/25 (those only on a database of the run's own). */
    private static FinancialQuarter quarterOfRound(int round) {
        int[][] order = {{2025, 3}, {2025, 4}, {2025, 1}, {2025, 2}, {2024, 1}, {2024, 2}, {2024, 3}, {2024, 4}};
        return new FinancialQuarter(order[round][0], order[round][1]);
    }

    /** Each node does the same thing as the same person, released at the same instant; what each gave or threw. */
    private static List<Object> onBothAtOnce(String username, java.util.function.Function<ApplicationContext, Object> action,
            ApplicationContext... nodes) throws Exception {
        var start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(nodes.length);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (ApplicationContext node : nodes) {
                results.add(threads.submit(() -> {
                    // in this thread, for both nodes: the JVM-wide holder is one node's, method security each node's
                    for (ApplicationContext each : nodes) {
                        SignIn.as(each, username);
                    }
                    SignIn.useStrategyOf(node);
                    start.await();
                    try {
                        return action.apply(node);
                    } catch (RuntimeException refused) {
                        return refused;
                    } finally {
                        for (ApplicationContext each : nodes) {
                            SignIn.useStrategyOf(each).clearContext();
                        }
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get(2, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            threads.shutdown();
        }
    }

    private PersonSummary newPerson() {
        return NewPeople.withPassword(context, "two.nodes.throttle.", "Two Nodes", "correct horse battery");
    }
}
