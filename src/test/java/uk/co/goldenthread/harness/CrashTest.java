package uk.co.goldenthread.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.audit.AuditRecord;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.ReturnSummary;

/**
 * kill -9 of the application under load loses nothing it acknowledged. {@link CrashNode} runs the application in a
 * JVM of its own on an embedded MariaDB data directory (durable settings) while its users save drafts and submit
 * returns at once; half-way through the load this test SIGKILLs that JVM, checks that no mariadbd is left serving the
 * data directory, starts the application again on the same data directory and checks: every acknowledged save and
 * submission is there; no return is half-saved (every line carries the same save); the audit trail holds each
 * committed save exactly once, in a chain that ends at what is stored, and nothing that was refused; every return's
 * status agrees with its one workflow task.
 * <p>
 * {@code verify} runs {@value #DEFAULT_USERS} users and {@value #DEFAULT_SAVES} saves on Q1 and Q2 2024/25;
 * {@code ./mvnw -Pcrash test} runs 50 users and 500 saves on the eight quarters of 2024/25 and 2025/26
 * ({@code -Dcrash.users}, {@code -Dcrash.saves}, {@code -Dcrash.quarters} change it). The quarters are opened on a
 * database of the run's own, deleted afterwards ({@code -Dcrash.keep=true} keeps it).
 */
class CrashTest {

    static final int DEFAULT_USERS = 6;
    static final int DEFAULT_SAVES = 30;
    private static final int USERS = Integer.getInteger("crash.users", DEFAULT_USERS);
    private static final int SAVES = Integer.getInteger("crash.saves", DEFAULT_SAVES);
    private static final String QUARTERS = System.getProperty("crash.quarters", "2024-1,2024-2");
    private static final Path BASE = Path.of("target/mariadb-11.4.5").toAbsolutePath();

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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the test runner's class path has an empty entry (the working folder, where processes/ would deploy twice)
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(":"))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(":"));
        node = new ProcessBuilder(java, "-Xmx1g", "-XX:TieredStopAtLevel=1", "-cp", classPath, CrashNode.class.getName(), dataDir.toString(), BASE.toString(),
                String.valueOf(USERS), String.valueOf(SAVES), QUARTERS).redirectErrorStream(true).start();
        var reports = new Reports(node);
        long started = System.nanoTime();

        reports.killPoint.get(5, TimeUnit.MINUTES);
        long killed = System.nanoTime();
        node.destroyForcibly(); // SIGKILL: no shutdown hook, no Spring close, no clean stop of anything
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        reports.ended.get(60, TimeUnit.SECONDS);
        assertThat(reports.done).as("the load was still running when the JVM was killed").isFalse();

        ProcessHandle.of(reports.serverPid).ifPresent(server -> server.onExit().orTimeout(60, TimeUnit.SECONDS).join());
        assertThat(serversOf(dataDir)).as("mariadbd processes still serving the data directory").isEmpty();

        long gone = System.nanoTime();
        try (ConfigurableApplicationContext app = CrashNode.start(dataDir, BASE)) {
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
            System.out.printf("Crash: %d users, %d saves planned on %s; SIGKILL after %d acknowledged saves and %d"
                    + " acknowledged submissions, %d calls in flight, %d refused (stale or submitted); after the"
                    + " restart all %d acknowledged are there, %d of those in flight had committed, 0 half-saved"
                    + " returns, %d audit entries of saves checked, %d returns' status and task agree, no mariadbd"
                    + " left. Times: node up %d ms, quarters opened %d ms, load to the kill %d ms, server gone %d ms,"
                    + " restart %d ms, checks %d ms%n", USERS, SAVES, QUARTERS, reports.acked("save"), reports.acked("submit"),
                    reports.inFlight().size(), reports.refused.size(), reports.acks.size(), found.inFlightCommitted,
                    found.auditEntries, found.returns, ms(reports.up - started),
                    ms(reports.loadStarted - reports.up), ms(killed - reports.loadStarted),
                    ms(gone - killed), ms(restarted - gone), ms(System.nanoTime() - restarted));
        }
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

        List<AuditRecord> statusChanges = audit.stream().filter(r -> r.field().equals("status")).toList();
        List<Task> tasks = app.getBean(TaskService.class).createTaskQuery().processDefinitionKey("quarterlyReturn")
                .processVariableValueEquals("returnId", returnId).list();
        assertThat(tasks).as("return %d: open workflow tasks", returnId).hasSize(1);
        if (reports.submitted.contains(returnId)) {
            assertThat(ret.status()).as("return %d: acknowledged as submitted", returnId)
                    .isEqualTo(ReturnStatus.SUBMITTED);
        }
        if (ret.status() == ReturnStatus.SUBMITTED) {
            assertThat(statusChanges).extracting(AuditRecord::newValue).containsExactly("Submitted");
            assertThat(tasks.getFirst().getTaskDefinitionKey()).isEqualTo("reviewReturn");
        } else {
            assertThat(ret.status()).isEqualTo(ReturnStatus.DRAFT);
            assertThat(statusChanges).isEmpty();
            assertThat(tasks.getFirst().getTaskDefinitionKey()).isEqualTo("completeReturn");
        }
        found.returns++;
    }

    /** The values a field was given, in order, checking each change starts from the one before. */
    private static List<String> chain(List<AuditRecord> audit, String field, long returnId) {
        List<String> values = new ArrayList<>();
        String previous = null;
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
    }

    /** What the node reported: a call acknowledged is a transaction committed. */
    private static final class Reports {

        final CompletableFuture<Void> killPoint = new CompletableFuture<>();
        final CompletableFuture<Void> ended = new CompletableFuture<>();
        final List<Long> quarters = new ArrayList<>();
        final Map<String, Long> tries = new HashMap<>();
        final Map<String, String> acks = new HashMap<>();
        final Set<String> refused = new HashSet<>();
        final Set<Long> submitted = new HashSet<>();
        private final Deque<String> lastLines = new ArrayDeque<>();
        volatile long serverPid = -1;
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
                    up = System.nanoTime();
                }
                case "QUARTER" -> quarters.add(Long.parseLong(report[1]));
                case "LOAD" -> loadStarted = System.nanoTime();
                case "TRY" -> tries.put(report[2], Long.parseLong(report[1]));
                case "ACK" -> {
                    acks.put(report[3], report[1]);
                    if (report[1].equals("submit")) {
                        submitted.add(Long.parseLong(report[2]));
                    }
                }
                case "REFUSED" -> refused.add(report[2]);
                case "DONE" -> {
                    done = true;
                    killPoint.completeExceptionally(new AssertionError("The load ended before the kill point: "
                            + acks.size() + " acknowledged, " + submitted.size() + " submitted:\n"
                            + String.join("\n", lastLines)));
                }
                default -> remember(String.join("|", report));
            }
            if (acks.size() >= SAVES / 2 && !submitted.isEmpty()) {
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

        synchronized Set<String> ackedOn(long returnId) {
            Set<String> on = new HashSet<>(acks.keySet());
            on.removeIf(token -> tries.get(token) != returnId);
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
