package uk.co.goldenthread.harness;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import uk.co.goldenthread.Application;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.TestTimetable;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.base.database.EmbeddedDbStarter;
import uk.co.goldenthread.base.database.EmbeddedMariaDb;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.LineEntry;
import uk.co.goldenthread.quarters.ProgressEntry;
import uk.co.goldenthread.quarters.ProgressStatus;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.ReturnApprovalService;
import uk.co.goldenthread.quarters.RemedialActionEntry;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnEdit;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.ReturnSummary;
import uk.co.goldenthread.quarters.workflow.ReturnRouting;

/**
 * The application under load in a JVM of its own, for {@link CrashTest} to kill: it starts on an embedded MariaDB
 * data directory (durable settings, Flowable's async executor on as in production), opens the given quarters, then
 * lets its users save drafts, submit, approve and sign off returns through the services at once. It reports on
 * standard output, one line each, flushed: {@code TRY} before a call, {@code ACK} only once the call has returned (its
 * transaction committed), {@code REFUSED} when the service refused it. Whatever the killer read as {@code ACK} must be
 * in the database after a restart.
 * <p>
 * Arguments: data directory, binaries folder, users, saves (in all, submits included), quarters ("2024-1,2025-3").
 * A tenth of the users are AD Commissioning approving what is submitted, a tenth Strategic Directors signing off
 * what is approved (at least one of each). Of the AD Delivery, half each own a return and submit it after two saves;
 * the others share the remaining returns, saving drafts over one another (a stale save is refused and tried again on
 * what is there now). The workflow's clock starts on the first day of the first quarter, before every deadline and
 * reminder, so no timer fires before the kill and the restart can show that they still do.
 */
public final class CrashNode {

    static final String PREFIX = "CRASH|";
    private static final int TRIES = 25;

    private CrashNode() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int users = Integer.parseInt(args[2]);
        int saves = Integer.parseInt(args[3]);
        List<FinancialQuarter> quarters = quarters(args[4]);
        ConfigurableApplicationContext app = start(dataDir, Path.of(args[1]),
                new WorkflowClock(workflowStart(quarters)));
        EmbeddedMariaDb db = app.getBean(EmbeddedDbStarter.BEAN_NAME, EmbeddedMariaDb.class);
        // where the application's classes come from: the production jar, or the build's classes folder
        report("SERVER", db.serverPid(), Application.class.getProtectionDomain().getCodeSource().getLocation());
        List<Long> returns = new ArrayList<>();
        for (FinancialQuarter quarter : quarters) {
            SignIn.as(app, "priya.shah");
            var summary = app.getBean(QuarterService.class).open(TestTimetable.of(quarter.financialYear(),
                    quarter.quarter()));
            report("QUARTER", summary.id());
            app.getBean(QuarterService.class).returnsOf(summary.id()).stream().map(ReturnSummary::id)
                    .forEach(returns::add);
        }
        SignIn.out();
        int reviewers = Math.max(1, users / 10);
        int signers = Math.max(1, users / 10);
        var delivery = load(app, plan(users - reviewers - signers, saves, returns));
        List<Thread> steps = new ArrayList<>();
        for (int r = 0; r < Math.min(reviewers, returns.size()); r++) {
            steps.add(step(app, Step.APPROVE, r, slice(returns, r, reviewers), delivery));
        }
        for (int s = 0; s < Math.min(signers, returns.size()); s++) {
            steps.add(step(app, Step.SIGN_OFF, s, slice(returns, s, signers), delivery));
        }
        report("LOAD", users);
        delivery.go.countDown();
        for (Thread thread : delivery.threads) {
            thread.join();
        }
        for (Thread thread : steps) {
            thread.join();
        }
        report("DONE");
        Thread.sleep(Long.MAX_VALUE); // until killed
    }

    static List<FinancialQuarter> quarters(String list) {
        return Arrays.stream(list.split(",")).map(q -> q.split("-"))
                .map(yq -> new FinancialQuarter(Integer.parseInt(yq[0]), Integer.parseInt(yq[1]))).toList();
    }

    /** 9:00 on the first day of the earliest quarter: before each of its deadlines and reminders. */
    static LocalDateTime workflowStart(List<FinancialQuarter> quarters) {
        return quarters.stream().min(Comparator.comparingInt(FinancialQuarter::index)).orElseThrow().firstDay()
                .atTime(9, 0);
    }

    static ConfigurableApplicationContext start(Path dataDir, Path baseDir, WorkflowClock clock) {
        return new SpringApplicationBuilder(Application.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean(WorkflowClock.class,
                        () -> clock))
                .run(arguments(dataDir, baseDir).toArray(String[]::new));
    }

    /** The settings of a node on a kept data directory, as command-line arguments (they win over every file). */
    static List<String> arguments(Path dataDir, Path baseDir) {
        return List.of("--spring.profiles.active=demo,demoshire", "--server.port=0", "--server.address=127.0.0.1",
                "--goldenthread.embedded-db.temporary=false",
                "--goldenthread.embedded-db.data-dir=" + dataDir.toAbsolutePath(),
                "--goldenthread.embedded-db.base-dir=" + baseDir.toAbsolutePath(),
                // production's durability, not the tests' speed settings: flush and sync at every commit
                "--goldenthread.embedded-db.server-arguments=--innodb-flush-log-at-trx-commit=1,--innodb-doublewrite=1",
                "--flowable.async-executor-activate=true", // production's: timers fire by themselves
                // look for due timers every second, not every 10: the wait after the deadline is the test's time
                "--flowable.process.async.executor.default-timer-job-acquire-wait-time=1s",
                "--vaadin.devmode.devTools.enabled=false", "--spring.mail.port=9",
                "--logging.level.uk.co.goldenthread=WARN");
    }

    /** Who does what: {@code [user][0]} the return, {@code [user][1]} the saves, {@code [user][2]} 1 to submit. */
    static int[][] plan(int users, int saves, List<Long> returns) {
        int owners = Math.min(Math.max(1, users / 2), returns.size() / 2);
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

    /** The AD Delivery users, waiting for {@code go}. */
    private record Delivery(CountDownLatch go, List<Thread> threads) {

        boolean done() {
            return threads.stream().noneMatch(Thread::isAlive);
        }
    }

    private static Delivery load(ConfigurableApplicationContext app, int[][] plan) {
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
        return new Delivery(go, threads);
    }

    private static List<Long> slice(List<Long> returns, int index, int of) {
        List<Long> mine = new ArrayList<>();
        for (int i = index; i < returns.size(); i += of) {
            mine.add(returns.get(i));
        }
        return mine;
    }

    /** Approving what is submitted, or signing off what is approved. */
    enum Step {
        APPROVE("approve"), SIGN_OFF("signoff");

        final String kind;

        Step(String kind) {
            this.kind = kind;
        }
    }

    /**
     * An AD Commissioning (or Strategic Director) going over their returns again and again, each time signed in as
     * that return's own, doing the step of every return waiting for it, until the AD Delivery are done and nothing
     * waits any more.
     */
    private static Thread step(ConfigurableApplicationContext app, Step step, int index, List<Long> mine,
            Delivery delivery) {
        return Thread.ofPlatform().name("crash-" + step.kind + "-" + index).start(() -> {
            try {
                delivery.go.await();
                ReturnRouting routing = app.getBean(ReturnRouting.class);
                ReturnService returns = app.getBean(ReturnService.class);
                ReturnApprovalService approvals = app.getBean(ReturnApprovalService.class);
                Map<Long, Integer> attempts = new HashMap<>();
                boolean waiting = true;
                while (waiting || !delivery.done()) {
                    waiting = false;
                    for (long returnId : mine) {
                        String username = step == Step.APPROVE ? routing.adCommissioning(returnId)
                                : routing.strategicDirector(returnId);
                        SignIn.as(app, String.valueOf(username));
                        ReturnDetails ret = returns.get(returnId);
                        boolean mineNow = step == Step.APPROVE ? ret.status().isAwaitingReview()
                                : ret.status() == ReturnStatus.APPROVED;
                        // once the AD Delivery are done, a draft stays a draft; a return in review may still come
                        waiting |= mineNow || step == Step.SIGN_OFF && ret.status().isAwaitingReview();
                        if (!mineNow) {
                            continue;
                        }
                        int attempt = attempts.merge(returnId, 1, Integer::sum);
                        if (attempt > TRIES) {
                            continue;
                        }
                        String token = "crash %s r%d try%02d".formatted(step.kind, returnId, attempt);
                        report("TRY", returnId, token);
                        try {
                            if (step == Step.APPROVE) {
                                approvals.approve(returnId, ret.version());
                            } else {
                                approvals.signOff(returnId, ret.version());
                            }
                            report("ACK", step.kind, returnId, token);
                        } catch (RuntimeException refused) {
                            report("REFUSED", returnId, token, refused.getClass().getSimpleName(),
                                    String.valueOf(refused.getMessage()).replace('\n', ' '));
                        }
                    }
                    SignIn.out();
                    Thread.sleep(20);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
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
