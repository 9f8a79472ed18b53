package uk.co.goldenthread.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.TestTimetable;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.audit.AuditRecord;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.OpenQuarterRequest;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.ReturnSummary;

/**
 * kill -9 of the application under load loses nothing it acknowledged. {@link CrashNode} runs the application in a
 * JVM of its own on an embedded MariaDB data directory (durable settings) while its users save drafts, submit,
 * approve and sign off returns at once; half-way through the load (once at least one return is signed off) this test
 * SIGKILLs that JVM, checks that no mariadbd is left serving the data directory, starts the application again on the
 * same data directory and checks: every acknowledged save, submission, approval and sign-off is there; no return is
 * half-saved (every line carries the same save); the audit trail holds each committed save exactly once, in a chain
 * that ends at what is stored, and nothing that was refused; every return's status agrees with its audited status
 * changes and with its workflow: one process and one open task at the matching step, none once signed off. Then it
 * moves the workflow's clock to just before the earliest open step's deadline passes and waits for the timers: each
 * step due then is escalated exactly once, none before its time, and no timer job has failed.
 * <p>
 * {@code verify} runs {@value #DEFAULT_USERS} users and {@value #DEFAULT_SAVES} saves on Q1 and Q2 2024/25;
 * {@code ./mvnw -Pcrash test} runs 50 users and 500 saves on the eight quarters of 2024/25 and 2025/26
 * ({@code -Dcrash.users}, {@code -Dcrash.saves}, {@code -Dcrash.quarters} change it). The quarters are opened on a
 * database of the run's own, deleted afterwards ({@code -Dcrash.keep=true} keeps it). {@code ./mvnw -Pproduction,crash
 * verify} (or {@code -Dcrash.app=target} after a production build) kills the production jar instead: the extracted
 * jar with its AOT cache, started as the Dockerfile starts it, the load driver's few classes added to its class path.
 * The restart and the checks run in this test's JVM, on the same data directory and MariaDB binaries.
 */
class CrashTest {

    static final int DEFAULT_USERS = 6;
    static final int DEFAULT_SAVES = 30;
    private static final int USERS = Integer.getInteger("crash.users", DEFAULT_USERS);
    private static final int SAVES = Integer.getInteger("crash.saves", DEFAULT_SAVES);
    private static final String QUARTERS = System.getProperty("crash.quarters", "2024-1,2024-2");
    /**
     * The folder holding the production build's {@code app/} (golden-thread.jar, lib/, app.aot):
     * when given, the JVM killed is the production jar, started as the Dockerfile starts it, with the load driver's
     * classes added to its class path; otherwise the node runs on this test's class path.
     */
    private static final String APP = System.getProperty("crash.app", "");
    /** The load driver: the only classes the node has beyond the production jar's own. */
    private static final List<Class<?>> DRIVER = List.of(CrashNode.class, WorkflowClock.class, SignIn.class,
            TestTimetable.class);
    /** The statuses a return goes through here, and the task it then waits at. */
    static final List<String> ROUTE = List.of(ReturnStatus.DRAFT.label(), ReturnStatus.SUBMITTED.label(),
            ReturnStatus.APPROVED.label(), ReturnStatus.SIGNED_OFF.label());
    private static final List<String> TASK_AT = List.of("completeReturn", "reviewReturn", "signOffReturn");

    private Path folder;
    private Process node;

    @AfterEach
    void cleanUp() throws IOException {
        if (node != null) {
            node.destroyForcibly();
        }
        if (folder != null && !Boolean.getBoolean("crash.keep")) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void killMinus9UnderLoadLosesNothingAcknowledgedAndLeavesNoServerBehind() throws Exception {
        folder = Files.createTempDirectory("golden-thread-crash-");
        Path dataDir = folder.resolve("db");
        // on the production jar, MariaDB's binaries are the ones its own lib/ unpacks; the restart uses them too
        Path base = APP.isBlank() ? Path.of("target/mariadb-11.4.5").toAbsolutePath() : folder.resolve("mariadb");
        node = startNode(dataDir, base);
        var reports = new Reports(node);
        long started = System.nanoTime();

        reports.killPoint.get(5, TimeUnit.MINUTES);
        long killed = System.nanoTime();
        node.destroyForcibly(); // SIGKILL: no shutdown hook, no Spring close, no clean stop of anything
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        reports.ended.get(60, TimeUnit.SECONDS);
        assertThat(reports.done).as("the load was still running when the JVM was killed").isFalse();
        if (!APP.isBlank()) {
            assertThat(Path.of(URI.create(reports.applicationFrom))).as("where the killed node's application"
                    + " classes came from").isEqualTo(Path.of(APP, "app/golden-thread.jar").toAbsolutePath());
        }

        ProcessHandle.of(reports.serverPid).ifPresent(server -> server.onExit().orTimeout(60, TimeUnit.SECONDS).join());
        assertThat(serversOf(dataDir)).as("mariadbd processes still serving the data directory").isEmpty();

        long gone = System.nanoTime();
        var clock = new WorkflowClock(CrashNode.workflowStart(CrashNode.quarters(QUARTERS)));
        try (ConfigurableApplicationContext app = CrashNode.start(dataDir, base, clock)) {
            long restarted = System.nanoTime();
            var found = new Found();
            SignIn.as(app, "priya.shah");
            for (long quarterId : reports.quarters) {
                for (ReturnSummary summary : app.getBean(QuarterService.class).returnsOf(quarterId)) {
                    check(app, summary.id(), reports, found);
                }
            }
            SignIn.out();
            assertThat(found.returns).as("returns checked").isPositive();
            long checked = System.nanoTime();
            var timers = new Timers(app, clock, found.openSteps);
            timers.fireTheEarliestDeadline();
            long fired = System.nanoTime();
            System.out.printf("Crash (%s): %d users, %d saves planned on %s; SIGKILL after %d acknowledged saves, %d"
                    + " submissions, %d approvals and %d sign-offs, %d calls in flight, %d refused (stale, or done by"
                    + " another); after the restart all %d acknowledged are there, %d of the saves and %d of the steps"
                    + " in flight had committed, 0 half-saved returns, %d audit entries of saves checked, %d returns'"
                    + " status, audit, process and task agree (%d draft, %d submitted, %d approved, %d signed off),"
                    + " %d open tasks, 0 duplicate tasks or processes, no mariadbd left. Timers: none fired before"
                    + " their time; %d steps due on %s escalated %d times after the restart (once each), %d later"
                    + " steps not escalated, 0 failed jobs. Times: node up %d ms, quarters opened %d ms, load to the"
                    + " kill %d ms, server gone %d ms, restart %d ms, checks %d ms, timers %d ms%n",
                    APP.isBlank() ? "the test's class path" : "the production jar " + reports.applicationFrom
                            + " with its AOT cache", USERS, SAVES,
                    QUARTERS, reports.acked("save"), reports.acked("submit"), reports.acked("approve"),
                    reports.acked("signoff"), reports.inFlight().size(), reports.refused.size(), reports.acks.size(),
                    found.inFlightCommitted, found.inFlightStepsCommitted, found.auditEntries, found.returns,
                    found.byStatus[0], found.byStatus[1], found.byStatus[2], found.byStatus[3],
                    found.openSteps.size(), timers.due, timers.deadline, timers.escalations, timers.later,
                    ms(reports.up - started), ms(reports.loadStarted - reports.up), ms(killed - reports.loadStarted),
                    ms(gone - killed), ms(restarted - gone), ms(checked - restarted), ms(fired - checked));
        }
    }

    /**
     * The node's JVM. On the production jar: started from the folder holding {@code app/} with the Dockerfile's
     * options and its AOT cache (-XX:AOTMode=on: a start that cannot use the cache fails instead of going on without
     * it), the class path {@code app/golden-thread.jar} (which names every library in {@code app/lib}) and, after it,
     * a folder holding only the load driver's classes, copied from the test classes: the application and its
     * dependencies are the production build's own.
     */
    private Process startNode(Path dataDir, Path base) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> arguments = List.of(CrashNode.class.getName(), dataDir.toString(), base.toString(),
                String.valueOf(USERS), String.valueOf(SAVES), QUARTERS);
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g"));
        Path workingDirectory;
        if (APP.isBlank()) {
            // the test runner's class path has an empty entry (the working folder, where processes/ would deploy twice)
            String classPath = Arrays.stream(System.getProperty("java.class.path").split(":"))
                    .filter(entry -> !entry.isBlank()).collect(Collectors.joining(":"));
            command.addAll(List.of("-XX:TieredStopAtLevel=1", "-cp", classPath));
            workingDirectory = Path.of("").toAbsolutePath();
        } else {
            workingDirectory = Path.of(APP).toAbsolutePath();
            assertThat(workingDirectory.resolve("app/golden-thread.jar")).as("the production build (-Pproduction)")
                    .isRegularFile();
            command.addAll(List.of("-XX:+UseSerialGC", "-XX:AOTCache=app/app.aot", "-XX:AOTMode=on", "-cp",
                    "app/golden-thread.jar:" + copyDriver(folder.resolve("driver"))));
        }
        command.addAll(arguments);
        return new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
    }

    /** The load driver's class files (nested classes included), copied from the test classes into this folder. */
    private static Path copyDriver(Path target) throws IOException {
        for (Class<?> driver : DRIVER) {
            Path classes = Path.of(URI.create(driver.getProtectionDomain().getCodeSource().getLocation().toString()));
            Path pkg = classes.resolve(driver.getPackageName().replace('.', '/'));
            Files.createDirectories(target.resolve(classes.relativize(pkg)));
            try (Stream<Path> files = Files.list(pkg)) {
                for (Path file : files.filter(f -> f.getFileName().toString().equals(driver.getSimpleName() + ".class")
                        || f.getFileName().toString().startsWith(driver.getSimpleName() + "$")).toList()) {
                    Files.copy(file, target.resolve(classes.relativize(file)));
                }
            }
        }
        return target.toAbsolutePath();
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static void check(ConfigurableApplicationContext app, long returnId, Reports reports, Found found) {
        ReturnDetails ret = app.getBean(ReturnService.class).get(returnId);
        List<AuditRecord> audit = app.getBean(AuditLog.class).history(ReturnService.AUDIT_SUBJECT, returnId);
        List<LineDetails> due = ret.lines().stream().filter(LineDetails::due).toList();
        Set<String> stored = new HashSet<>();
        due.forEach(l -> stored.add(String.valueOf(l.commentary())));
        assertThat(stored).as("return %d: the saves its lines carry (one, or a half-saved return)", returnId)
                .hasSize(1);
        List<List<String>> chains = due.stream().map(l -> chain(audit, l.measure().code() + " commentary", returnId))
                .toList();
        assertThat(new LinkedHashSet<>(chains)).as("return %d: the saves audited on each line", returnId).hasSize(1);
        List<String> saves = chains.getFirst();
        String now = stored.iterator().next();

        assertThat(new HashSet<>(saves)).as("return %d: each save audited once", returnId).hasSize(saves.size());
        assertThat(saves).as("return %d: acknowledged saves in the audit", returnId)
                .containsAll(reports.ackedOn(returnId));
        assertThat(reports.tried(returnId)).as("return %d: audited saves that were tried", returnId)
                .containsAll(saves);
        assertThat(saves).as("return %d: refused saves in the audit", returnId)
                .filteredOn(reports.refused::contains).isEmpty();
        assertThat(saves.isEmpty() ? "null" : saves.getLast()).as("return %d: the last audited save is stored",
                returnId).isEqualTo(now);
        found.auditEntries += saves.size() * due.size();
        found.inFlightCommitted += (int) saves.stream().filter(reports.inFlight()::contains).count();

        // the route so far: Draft > Submitted > Approved > Signed off, each change audited once, from the one before
        List<String> route = chain(audit, "status", returnId);
        int reached = ROUTE.indexOf(ret.status().label());
        assertThat(reached).as("return %d: status %s is on the route", returnId, ret.status()).isNotNegative();
        assertThat(route).as("return %d: its audited status changes", returnId)
                .isEqualTo(ROUTE.subList(1, reached + 1));
        assertThat(reached).as("return %d: the furthest step acknowledged", returnId)
                .isGreaterThanOrEqualTo(reports.reached(returnId));
        found.inFlightStepsCommitted += reports.stepsInFlight(returnId, reached);
        found.byStatus[reached]++;

        List<ProcessInstance> processes = app.getBean(RuntimeService.class).createProcessInstanceQuery()
                .processDefinitionKey("quarterlyReturn").variableValueEquals("returnId", returnId).list();
        List<Task> tasks = app.getBean(TaskService.class).createTaskQuery().processDefinitionKey("quarterlyReturn")
                .processVariableValueEquals("returnId", returnId).list();
        if (ret.status().isSignedOff()) {
            assertThat(processes).as("return %d, signed off: its workflow ended", returnId).isEmpty();
            assertThat(tasks).as("return %d, signed off: open tasks", returnId).isEmpty();
        } else {
            assertThat(processes).as("return %d: its running workflow processes", returnId).hasSize(1);
            assertThat(tasks).as("return %d: open workflow tasks", returnId).extracting(Task::getTaskDefinitionKey)
                    .containsExactly(TASK_AT.get(reached));
            found.openSteps.add(new OpenStep(returnId, ret.period(), tasks.getFirst()));
        }
        found.returns++;
    }

    /** The values a field was given, in order, checking each change starts from the one before. */
    private static List<String> chain(List<AuditRecord> audit, String field, long returnId) {
        List<String> values = new ArrayList<>();
        String previous = field.equals("status") ? ROUTE.getFirst() : null;
        for (AuditRecord change : audit) {
            if (change.field().equals(field)) {
                assertThat(change.oldValue()).as("return %d, %s: a change from what was there", returnId, field)
                        .isEqualTo(previous);
                previous = change.newValue();
                values.add(previous);
            }
        }
        return values;
    }

    /** Processes whose command line gives this data directory (a mariadbd serving it). */
    private static List<Long> serversOf(Path dataDir) {
        String wanted = "--datadir=" + dataDir.toAbsolutePath();
        return ProcessHandle.allProcesses().filter(p -> {
            try {
                byte[] cmdline = Files.readAllBytes(Path.of("/proc", String.valueOf(p.pid()), "cmdline"));
                return Arrays.asList(new String(cmdline, StandardCharsets.UTF_8).split("\0")).contains(wanted);
            } catch (IOException e) {
                return false;
            }
        }).map(ProcessHandle::pid).toList();
    }

    private static final class Found {
        long returns;
        int auditEntries;
        int inFlightCommitted;
        int inFlightStepsCommitted;
        final int[] byStatus = new int[ROUTE.size()];
        final List<OpenStep> openSteps = new ArrayList<>();
    }

    /** A return's one open task after the restart. */
    record OpenStep(long returnId, FinancialQuarter period, Task task) {

        /** The step's deadline as the harness's timetable set it (no step came back, so no grace deadline). */
        LocalDate deadline() {
            OpenQuarterRequest timetable = TestTimetable.of(period.financialYear(), period.quarter());
            return switch (task.getTaskDefinitionKey()) {
                case "completeReturn" -> timetable.submissionDue();
                case "reviewReturn" -> timetable.reviewDue();
                default -> timetable.signOffDue();
            };
        }
    }

    /**
     * The workflow's timers after the restart. The node's clock started before every deadline, so nothing may have
     * escalated yet; then the clock moves to two seconds before the earliest open step's deadline passes, and within
     * a bounded wait each step due then must be escalated exactly once (to each person at the next level up), no
     * later step at all, every timer due by then must have fired, and none may have failed.
     */
    private static final class Timers {

        private static final Duration WAIT = Duration.ofSeconds(120);

        private final ConfigurableApplicationContext app;
        private final WorkflowClock clock;
        private final List<OpenStep> open;
        private final JdbcTemplate jdbc;
        @Nullable LocalDate deadline;
        int due;
        int later;
        int escalations;

        Timers(ConfigurableApplicationContext app, WorkflowClock clock, List<OpenStep> open) {
            this.app = app;
            this.clock = clock;
            this.open = open;
            this.jdbc = new JdbcTemplate(app.getBean(DataSource.class));
        }

        void fireTheEarliestDeadline() throws InterruptedException {
            assertThat(open).as("open steps after the restart, for a timer to fire on").isNotEmpty();
            assertThat(escalated()).as("escalations before any deadline passed on the workflow clock").isEmpty();
            LocalDate earliest = open.stream().map(OpenStep::deadline).min(Comparator.naturalOrder()).orElseThrow();
            deadline = earliest;
            LocalDateTime passes = earliest.plusDays(1).atStartOfDay();
            Set<String> dueTasks = open.stream().filter(step -> step.deadline().equals(earliest))
                    .map(step -> step.task().getId()).collect(Collectors.toSet());
            Set<String> processes = open.stream().filter(step -> step.deadline().equals(earliest))
                    .map(step -> step.task().getProcessInstanceId()).collect(Collectors.toSet());
            due = dueTasks.size();
            later = open.size() - due;
            clock.travelTo(passes.minusSeconds(2));
            ManagementService jobs = app.getBean(ManagementService.class);
            long until = System.nanoTime() + WAIT.toNanos();
            List<Map<String, Object>> rows;
            do {
                Thread.sleep(500);
                rows = escalated();
            } while (System.nanoTime() < until && !(escalatedTasks(rows).containsAll(dueTasks)
                    && processes.stream().allMatch(p -> timersDueIn(jobs, p) == 0)));
            assertThat(escalatedTasks(rows)).as("steps escalated within %s of their deadline passing", WAIT)
                    .isEqualTo(dueTasks);
            assertThat(processes).as("processes with a timer due and not fired").filteredOn(p ->
                    timersDueIn(jobs, p) > 0).isEmpty();
            for (Map<String, Object> row : rows) {
                assertThat(((Number) row.get("times")).intValue()).as("escalations of %s", row).isEqualTo(1);
                assertThat(((java.sql.Timestamp) row.get("first_at")).toLocalDateTime()).as("escalated at, on the workflow clock")
                        .isAfterOrEqualTo(passes);
            }
            assertThat(jobs.createDeadLetterJobQuery().count()).as("timer jobs that failed").isZero();
            escalations = rows.size();
        }

        private long timersDueIn(ManagementService jobs, String processInstanceId) {
            return jobs.createTimerJobQuery().processInstanceId(processInstanceId)
                    .duedateLowerThan(clock.getCurrentTime()).count();
        }

        private static Set<String> escalatedTasks(List<Map<String, Object>> rows) {
            return rows.stream().map(row -> (String) row.get("task_id")).collect(Collectors.toSet());
        }

        /** The escalations recorded for the returns' open steps, one row per step and person told. */
        private List<Map<String, Object>> escalated() {
            String ids = open.stream().map(step -> String.valueOf(step.returnId())).collect(Collectors.joining(","));
            return jdbc.queryForList("SELECT task_id, escalated_to_id, COUNT(*) AS times, MIN(escalated_at) AS first_at"
                    + " FROM overdue_step WHERE return_id IN (" + ids + ") GROUP BY task_id, escalated_to_id");
        }
    }

    /** What the node reported: a call acknowledged is a transaction committed. */
    private static final class Reports {

        private static final List<String> STEPS = List.of("save", "submit", "approve", "signoff");

        final CompletableFuture<Void> killPoint = new CompletableFuture<>();
        final CompletableFuture<Void> ended = new CompletableFuture<>();
        final List<Long> quarters = new ArrayList<>();
        final Map<String, Long> tries = new HashMap<>();
        final Map<String, String> acks = new HashMap<>();
        final Set<String> refused = new HashSet<>();
        /** The furthest step acknowledged on each return: 1 submitted, 2 approved, 3 signed off. */
        final Map<Long, Integer> reached = new HashMap<>();
        int signedOff;
        private final Deque<String> lastLines = new ArrayDeque<>();
        volatile long serverPid = -1;
        volatile String applicationFrom = "";
        volatile long loadStarted;
        volatile long up;
        volatile boolean done;

        Reports(Process node) {
            Thread.ofPlatform().name("crash-node-output").daemon().start(() -> read(node));
        }

        private void read(Process node) {
            try (var reader = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith(CrashNode.PREFIX)) {
                        take(line.substring(CrashNode.PREFIX.length()).split("\\|"));
                    } else {
                        remember(line);
                    }
                }
            } catch (IOException e) {
                remember("(output closed: " + e + ")");
            }
            synchronized (this) {
                killPoint.completeExceptionally(new AssertionError("The node ended before the load was half-way"
                        + " (done: " + done + "):\n" + String.join("\n", lastLines)));
                ended.complete(null);
            }
        }

        private synchronized void take(String[] report) {
            switch (report[0]) {
                case "SERVER" -> {
                    serverPid = Long.parseLong(report[1]);
                    applicationFrom = report[2];
                    up = System.nanoTime();
                }
                case "QUARTER" -> quarters.add(Long.parseLong(report[1]));
                case "LOAD" -> loadStarted = System.nanoTime();
                case "TRY" -> tries.put(report[2], Long.parseLong(report[1]));
                case "ACK" -> {
                    acks.put(report[3], report[1]);
                    reached.merge(Long.parseLong(report[2]), STEPS.indexOf(report[1]), Math::max);
                    if (report[1].equals("signoff")) {
                        signedOff++;
                    }
                }
                case "REFUSED" -> refused.add(report[2]);
                case "DONE" -> {
                    done = true;
                    killPoint.completeExceptionally(new AssertionError("The load ended before the kill point: "
                            + acks.size() + " acknowledged, " + signedOff + " signed off:\n"
                            + String.join("\n", lastLines)));
                }
                default -> remember(String.join("|", report));
            }
            if (acked("save") + acked("submit") >= SAVES / 2 && signedOff > 0) {
                killPoint.complete(null);
            }
        }

        private synchronized void remember(String line) {
            lastLines.addLast(line);
            if (lastLines.size() > 200) {
                lastLines.removeFirst();
            }
        }

        synchronized long acked(String kind) {
            return acks.values().stream().filter(kind::equals).count();
        }

        synchronized int reached(long returnId) {
            return reached.getOrDefault(returnId, 0);
        }

        /** Approvals and sign-offs of this return in flight whose step the return has reached: they committed. */
        synchronized int stepsInFlight(long returnId, int reachedNow) {
            return (int) inFlight().stream().filter(token -> tries.get(token) == returnId)
                    .filter(token -> token.contains("approve") && reachedNow >= 2
                            || token.contains("signoff") && reachedNow >= 3).count();
        }

        synchronized Set<String> ackedOn(long returnId) {
            Set<String> on = new HashSet<>(acks.keySet());
            on.removeIf(token -> tries.get(token) != returnId || !STEPS.subList(0, 2).contains(acks.get(token)));
            return on;
        }

        synchronized Set<String> tried(long returnId) {
            Set<String> on = new HashSet<>(tries.keySet());
            on.removeIf(token -> tries.get(token) != returnId);
            return on;
        }

        /** Tried, neither acknowledged nor refused when the JVM died: committed or not, either is right. */
        synchronized Set<String> inFlight() {
            Set<String> unknown = new HashSet<>(tries.keySet());
            unknown.removeAll(acks.keySet());
            unknown.removeAll(refused);
            return unknown;
        }
    }
}
