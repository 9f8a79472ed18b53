package uk.co.goldenthread.harness;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.co.goldenthread.Application;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.TestTimetable;
import uk.co.goldenthread.base.database.EmbeddedDbStarter;
import uk.co.goldenthread.base.database.EmbeddedMariaDb;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.LineEntry;
import uk.co.goldenthread.quarters.ProgressEntry;
import uk.co.goldenthread.quarters.ProgressStatus;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.RemedialActionEntry;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnEdit;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.ReturnSummary;
import uk.co.goldenthread.quarters.workflow.ReturnRouting;

/**
 * The application under load in a JVM of its own, for {@link CrashTest} to kill: it starts on an embedded MariaDB
 * data directory (durable settings), opens the given quarters, then lets its users save drafts and submit returns
 * through the services at once. It reports on standard output, one line each, flushed: {@code TRY} before a call,
 * {@code ACK} only once the call has returned (its transaction committed), {@code REFUSED} when the service refused
 * it. Whatever the killer read as {@code ACK} must be in the database after a restart.
 * <p>
 * Arguments: data directory, binaries folder, users, saves (in all, submits included), quarters ("2024-1,2025-3").
 * A few users each own a return and submit it after two saves; the others share the remaining returns, saving
 * drafts over one another (a stale save is refused and tried again on what is there now).
 */
public final class CrashNode {

    static final String PREFIX = "CRASH|";
    private static final int TRIES = 25;

    private CrashNode() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        ConfigurableApplicationContext app = start(dataDir, Path.of(args[1]));
        int users = Integer.parseInt(args[2]);
        int saves = Integer.parseInt(args[3]);
        EmbeddedMariaDb db = app.getBean(EmbeddedDbStarter.BEAN_NAME, EmbeddedMariaDb.class);
        report("SERVER", db.serverPid());
        List<Long> returns = new ArrayList<>();
        for (String quarter : args[4].split(",")) {
            String[] yq = quarter.split("-");
            SignIn.as(app, "priya.shah");
            var summary = app.getBean(QuarterService.class).open(TestTimetable.of(Integer.parseInt(yq[0]),
                    Integer.parseInt(yq[1])));
            report("QUARTER", summary.id());
            app.getBean(QuarterService.class).returnsOf(summary.id()).stream().map(ReturnSummary::id)
                    .forEach(returns::add);
        }
        SignIn.out();
        List<Thread> threads = load(app, plan(users, saves, returns));
        for (Thread thread : threads) {
            thread.join();
        }
        report("DONE");
        Thread.sleep(Long.MAX_VALUE); // until killed
    }

    static ConfigurableApplicationContext start(Path dataDir, Path baseDir) {
        return new SpringApplicationBuilder(Application.class).run(arguments(dataDir, baseDir).toArray(String[]::new));
    }

    /** The settings of a node on a kept data directory, as command-line arguments (they win over every file). */
    static List<String> arguments(Path dataDir, Path baseDir) {
        return List.of("--spring.profiles.active=demo,demoshire", "--server.port=0", "--server.address=127.0.0.1",
                "--goldenthread.embedded-db.temporary=false",
                "--goldenthread.embedded-db.data-dir=" + dataDir.toAbsolutePath(),
                "--goldenthread.embedded-db.base-dir=" + baseDir.toAbsolutePath(),
                // production's durability, not the tests' speed settings: flush and sync at every commit
                "--goldenthread.embedded-db.server-arguments=--innodb-flush-log-at-trx-commit=1,--innodb-doublewrite=1",
                "--vaadin.devmode.devTools.enabled=false", "--spring.mail.port=9",
                "--logging.level.uk.co.goldenthread=WARN");
    }

    /** Who does what: {@code [user][0]} the return, {@code [user][1]} the saves, {@code [user][2]} 1 to submit. */
    static int[][] plan(int users, int saves, List<Long> returns) {
        int owners = Math.min(Math.max(1, users / 3), returns.size() / 2);
        int sharers = Math.max(1, users - owners);
        int left = saves - 3 * owners;
        int[][] plan = new int[users][3];
        for (int u = 0; u < users; u++) {
            if (u < owners) {
                plan[u] = new int[] {u, 3, 1};
            } else {
                int k = u - owners;
                int shared = returns.size() - owners;
                plan[u] = new int[] {owners + k % shared, left / sharers + (k < left % sharers ? 1 : 0), 0};
            }
        }
        int[][] withIds = new int[users][];
        for (int u = 0; u < users; u++) {
            withIds[u] = new int[] {Math.toIntExact(returns.get(plan[u][0])), plan[u][1], plan[u][2]};
        }
        return withIds;
    }

    private static List<Thread> load(ConfigurableApplicationContext app, int[][] plan) {
        var go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < plan.length; u++) {
            int user = u;
            threads.add(Thread.ofPlatform().name("crash-user-" + u).start(() -> {
                try {
                    go.await();
                    new User(app, user, plan[user][0], plan[user][1], plan[user][2] == 1).work();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        report("LOAD", plan.length);
        go.countDown();
        return threads;
    }

    /** One simulated AD Delivery at their return: each save writes one token into every line's commentary. */
    private record User(ConfigurableApplicationContext app, int user, long returnId, int operations, boolean submits) {

        void work() {
            String username = app.getBean(ReturnRouting.class).adDelivery(returnId);
            SignIn.as(app, username);
            ReturnService returns = app.getBean(ReturnService.class);
            for (int n = 1; n <= operations; n++) {
                boolean submit = submits && n == operations;
                for (int attempt = 1; attempt <= TRIES; attempt++) {
                    String token = "crash u%02d op%02d try%02d".formatted(user, n, attempt);
                    ReturnDetails now = returns.get(returnId);
                    if (!now.status().isEditableByDelivery()) {
                        return; // submitted by another user: nothing more to save
                    }
                    ReturnEdit edit = edit(now, token);
                    report("TRY", returnId, token);
                    try {
                        if (submit) {
                            returns.submit(edit);
                        } else {
                            returns.save(edit);
                        }
                        report("ACK", submit ? "submit" : "save", returnId, token);
                        break;
                    } catch (RuntimeException refused) {
                        report("REFUSED", returnId, token, refused.getClass().getSimpleName(),
                                String.valueOf(refused.getMessage()).replace('\n', ' '));
                    }
                }
            }
        }

        /** Every due line on target (or 10), with the token as its commentary and one remedial action. */
        private static ReturnEdit edit(ReturnDetails ret, String token) {
            LocalDate asAt = ret.period().lastDay();
            List<LineEntry> lines = ret.lines().stream().filter(LineDetails::due).map(l -> new LineEntry(l.lineId(),
                    onTarget(l), token, null, List.of(new RemedialActionEntry("Review with the service",
                            "Service manager", LocalDate.of(2031, 3, 31))))).toList();
            List<ProgressEntry> progress = ret.progress().stream().map(p -> new ProgressEntry(p.progressId(),
                    ProgressStatus.ON_TRACK, asAt, "On track")).toList();
            return new ReturnEdit(ret.id(), ret.version(), lines, progress);
        }

        private static String onTarget(LineDetails line) {
            if (line.measure().bandUpper() != null) {
                return line.measure().bandUpper().toPlainString();
            }
            return line.target() == null ? "10" : line.target().toPlainString();
        }
    }

    /** One line, written and flushed at once, so that what the killer read had happened. */
    static void report(Object... fields) {
        var line = new StringBuilder(PREFIX);
        for (int i = 0; i < fields.length; i++) {
            line.append(i == 0 ? "" : "|").append(fields[i]);
        }
        synchronized (Out.STREAM) {
            Out.STREAM.print(line.append('\n'));
            Out.STREAM.flush();
        }
    }

    /** Standard output, opened only in the node's own JVM (in a test JVM it is the test runner's channel). */
    private static final class Out {
        static final PrintStream STREAM = new PrintStream(new BufferedOutputStream(
                new FileOutputStream(FileDescriptor.out), 1 << 14), false, StandardCharsets.UTF_8);
    }
}
