package uk.co.goldenthread.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.TestTimetable;
import uk.co.goldenthread.WebSession;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.people.PasswordService;
import uk.co.goldenthread.people.PeopleAdminService;
import uk.co.goldenthread.people.PersonForm;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.Role;
import uk.co.goldenthread.people.domain.PersonRepository;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterStatus;
import uk.co.goldenthread.quarters.QuarterSummary;

/**
 * Two application nodes on one MariaDB, as a deployment behind a load balancer runs them (this test's node and
 * {@link SecondNode}): the sign-in throttle counts across both; a quarter opened on one is seen on the other; the same
 * pack compiled on both at the same moment gives exactly one version; password-reset requests from one address on both
 * nodes at once are held to the one limit. (Sessions ended on one node end on the other:
 * SessionsOnEveryNodeTest.)
 * <p>
 * {@code verify} runs one round on Q3 2025/26, closed early with no values so that no other test's "previous
 * quarter" sees it; {@code ./mvnw -Ptwo-nodes test} runs {@code -Dtwonodes.rounds} rounds (default 8, the quarters
 * of 2024/25 and 2025/26) on a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class TwoNodesTest {

    private static final int ROUNDS = Integer.getInteger("twonodes.rounds", 1);
    private static SecondNode other;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    PeopleAdminService admin;
    @Autowired
    PersonRepository personRepository;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TransactionTemplate transactions;
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
    void aQuarterOpenedOnOneNodeIsSeenOnTheOtherAndCompilingItOnBothAtOnceGivesOneVersion() throws Exception {
        SecondNode b = otherNode();
        List<String> losers = new ArrayList<>();
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
            b.bean(QuarterService.class).closeEarly(opened.id(), "Two-node test: closed on the other node");
            SignIn.as(context, "priya.shah");
            assertThat(context.getBean(QuarterService.class).get(opened.id()).status())
                    .as("closed early on the other node, seen here").isEqualTo(QuarterStatus.CLOSED_EARLY);

            List<Object> outcomes = compileOnBothAtOnce(opened.id(), context, b.context());
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

    /** Both nodes compile the quarter's pack as the Performance Team, released at the same instant. */
    private static List<Object> compileOnBothAtOnce(long quarterId, ApplicationContext... nodes) throws Exception {
        var start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(nodes.length);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (ApplicationContext node : nodes) {
                results.add(threads.submit(() -> {
                    // in this thread, for both nodes: the JVM-wide holder is one node's, method security each node's
                    for (ApplicationContext each : nodes) {
                        SignIn.as(each, "priya.shah");
                    }
                    SignIn.useStrategyOf(node);
                    start.await();
                    try {
                        return node.getBean(PackService.class).compile(quarterId);
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
        SignIn.as(context, "priya.shah");
        String username = "two.nodes.throttle." + System.nanoTime() % 1_000_000;
        PersonSummary person = admin.addPerson(new PersonForm(username, "Two Nodes", "Head of Testing",
                username + "@demoshire.example", Set.of(Role.AD_DELIVERY)));
        transactions.executeWithoutResult(tx -> personRepository.findById(person.id()).orElseThrow()
                .setPasswordHash(passwordEncoder.encode("correct horse battery")));
        SignIn.out();
        return person;
    }
}
