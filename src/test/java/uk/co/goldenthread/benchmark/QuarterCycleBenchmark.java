package uk.co.goldenthread.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.co.goldenthread.base.database.EmbeddedDbStarter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import uk.co.goldenthread.Application;
import uk.co.goldenthread.TestTimetable;
import uk.co.goldenthread.quarters.LineEntry;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterSummary;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnEdit;
import uk.co.goldenthread.quarters.workflow.ReturnRouting;
import uk.co.goldenthread.quarters.ReturnApprovalService;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.ReturnSummary;

/**
 * A council ten times Warwickshire's size (630 KBMs, 2,000 KBIs, 150 AD Delivery people, 150 commissioning areas):
 * opens a quarter and compares it with a plain JDBC batch insert of the same return and line rows in the same run,
 * then submits, approves and signs off every return from 50 threads and prints the latencies.
 * Run: {@code ./mvnw -Pbenchmark verify} (see README). Not a test: it prints figures, it asserts nothing.
 */
public final class QuarterCycleBenchmark {

    private static final int AREAS = 150;
    private static final int KBMS = 630;
    private static final int KBIS = 2000;
    private static final int THREADS = 50;

    private QuarterCycleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            BenchmarkCouncil.create(jdbc, AREAS, KBMS, KBIS);
            signIn("bench.pt", "PERFORMANCE_TEAM");

            // scratch tables need DDL: the migration account's, not the application's
            long baselineNanos = BenchmarkCouncil.baselineInsert(new JdbcTemplate(context.getBean(
                    EmbeddedDbStarter.MIGRATION_DATA_SOURCE, javax.sql.DataSource.class)), AREAS, KBMS + KBIS);
            long start = System.nanoTime();
            QuarterSummary quarter = context.getBean(QuarterService.class).open(TestTimetable.of(2030, 1));
            long openNanos = System.nanoTime() - start;
            long instances = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE PARENT_ID_ IS NULL AND PROC_DEF_ID_ LIKE 'quarterlyReturn%'",
                    Long.class);
            System.out.printf("%nOpening a quarter: %d returns, %d lines, %d return process instances%n",
                    quarter.returnCount(), KBMS + KBIS, instances);
            System.out.printf("  open quarter (JPA + Flowable):  %8.1f ms%n", openNanos / 1e6);
            System.out.printf("  plain JDBC batch insert:        %8.1f ms%n", baselineNanos / 1e6);
            System.out.printf("  ratio:                          %8.1f x (target: within 5x)%n",
                    (double) openNanos / baselineNanos);

            print("Route of every return from " + THREADS + " threads (target: p95 under 50 ms)",
                    runRoute(context, quarter.id(), THREADS));
            signIn("bench.pt", "PERFORMANCE_TEAM");
            QuarterSummary second = context.getBean(QuarterService.class).open(TestTimetable.of(2030, 2));
            print("The same route from 1 thread, for comparison", runRoute(context, second.id(), 1));
        }
        System.exit(0);
    }

    private static ConfigurableApplicationContext start() {
        var app = new SpringApplication(Application.class);
        return app.run("--spring.profiles.active=prod", "--server.port=0", "--goldenthread.embedded-db.temporary=true",
                "--goldenthread.embedded-db.base-dir=target/mariadb-11.4.5", "--goldenthread.framework.initial=none",
                "--logging.level.root=WARN", "--spring.datasource.hikari.maximum-pool-size=60");
    }

    private static void print(String title, Map<String, List<Long>> latencies) {
        System.out.printf("%n%s%n", title);
        latencies.forEach((step, values) -> System.out.printf("  %-9s n=%3d  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n",
                step, values.size(), percentile(values, 50), percentile(values, 95), percentile(values, 100)));
    }

    private static Map<String, List<Long>> runRoute(ConfigurableApplicationContext context, long quarterId, int threads)
            throws InterruptedException {
        var quarters = context.getBean(QuarterService.class);
        var returns = context.getBean(ReturnService.class);
        var approvals = context.getBean(ReturnApprovalService.class);
        var routing = context.getBean(ReturnRouting.class);
        List<ReturnSummary> all = quarters.returnsOf(quarterId);
        Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (ReturnSummary ret : all) {
            pool.submit(() -> {
                long id = ret.id();
                signIn(routing.adDelivery(id), "AD_DELIVERY");
                ReturnDetails details = returns.get(id);
                List<LineEntry> entries = details.lines().stream()
                        .map(l -> new LineEntry(l.lineId(), "55", "Benchmark commentary")).toList();
                time(times, "submit", () -> returns.submit(ReturnEdit.ofLines(id, details.version(), entries)));
                signIn(routing.adCommissioning(id), "AD_COMMISSIONING");
                long approvable = returns.get(id).version();
                time(times, "approve", () -> { approvals.approve(id, approvable); return null; });
                signIn(routing.strategicDirector(id), "STRATEGIC_DIRECTOR");
                long signable = returns.get(id).version();
                time(times, "sign off", () -> { approvals.signOff(id, signable); return null; });
                return null;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The route did not finish in 30 minutes");
        }
        Map<String, List<Long>> result = new java.util.LinkedHashMap<>();
        for (String step : List.of("submit", "approve", "sign off")) {
            result.put(step, new ArrayList<>(times.getOrDefault(step, new ConcurrentLinkedQueue<>())));
        }
        return result;
    }

    private static <T> void time(Map<String, ConcurrentLinkedQueue<Long>> times, String step, Supplier<T> action) {
        long start = System.nanoTime();
        action.get();
        times.computeIfAbsent(step, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
    }

    private static double percentile(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static void signIn(String username, String role) {
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role)))));
    }
}
