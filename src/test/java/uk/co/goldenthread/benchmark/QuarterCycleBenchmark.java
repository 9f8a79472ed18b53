package uk.co.goldenthread.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import uk.co.goldenthread.TestTimetable;
import uk.co.goldenthread.quarters.LineEntry;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterSummary;
import uk.co.goldenthread.quarters.ReturnApprovalService;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnEdit;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.ReturnSummary;
import uk.co.goldenthread.quarters.workflow.ReturnRouting;

/**
 * A council ten times Warwickshire's size (150 commissioning areas each with its AD Delivery, 630 KBMs, 2,000 KBIs):
 * opening a quarter (warm-ups, then repeats, each on a new quarter, commit included) beside a plain JDBC batch of the
 * same return and line rows in the same run; then every return's route (submit, approve, sign off) one step at a time
 * on one thread, with the statements of each step; then the same route from 20 threads at once, as steps per second.
 * Run: {@code ./mvnw -Pbenchmark -DskipTests verify} (see README, Benchmarks). Prints figures and writes
 * target/benchmarks/quarter-cycle.json; asserts nothing but that every step of every thread succeeded.
 */
public final class QuarterCycleBenchmark {

    /** The council's size, the first financial year it opens and the concurrent users of the saturation run. */
    record Size(int areas, int kbms, int kbis, int firstYear, int threads) {

        static final Size TEN_WARWICKSHIRES = new Size(150, 630, 2000, 2028, 20);
    }

    private QuarterCycleBenchmark() {
    }

    public static void main(String[] args) {
        try (BenchmarkRun run = BenchmarkRun.start("quarter-cycle", BenchmarkRun.Options.fromSystemProperties())) {
            run(run, Size.TEN_WARWICKSHIRES);
            run.writeJson();
        }
        System.exit(0);
    }

    /** The whole benchmark on a started run; the smoke test in verify calls it with a tiny council. */
    static void run(BenchmarkRun run, Size size) {
        int quartersNeeded = run.options().warmUps() + run.options().repeats() + 3;
        BenchmarkCouncil.create(run.jdbc, size.areas(), size.kbms(), size.kbis(), size.firstYear(),
                size.firstYear() + (quartersNeeded + 3) / 4);
        int lines = size.kbms() + size.kbis();
        BenchmarkRun.signIn("bench.pt", "PERFORMANCE_TEAM");
        var quarters = run.context.getBean(QuarterService.class);
        int[] next = {0};
        List<QuarterSummary> opened = new ArrayList<>();
        run.print("Opening a quarter: %d returns of %d lines in all%n", size.areas(), lines);
        Runnable openNext = () -> {
            int index = next[0]++;
            opened.add(quarters.open(TestTimetable.of(size.firstYear() + index / 4, index % 4 + 1)));
        };
        // one open, untimed, to count the rows it writes to each table: the all-rows floor writes as many
        AllRowsFloor allRows = AllRowsFloor.of(run, openNext);
        var open = run.repeat("open a quarter (JPA + Flowable, with commit)", openNext);
        var floor = run.repeat("floor: JDBC batch, application rows only",
                run.options().warmUps(), run.options().repeats(), () -> BenchmarkCouncil.clearBaseline(run),
                () -> BenchmarkCouncil.baselineInsert(run, size.areas(), lines));
        var allRowsFloor = run.repeat("floor: JDBC batch, all rows the open writes",
                run.options().warmUps(), run.options().repeats(), allRows::clear, allRows::insert);
        run.note("returns per quarter", opened.getLast().returnCount());
        run.note("rows per open: application", allRows.rows(t -> !t.startsWith("ACT_") && !t.startsWith("FLW_")));
        run.note("rows per open: Flowable runtime (ACT_RU_*)", allRows.rows(t -> t.startsWith("ACT_RU_")));
        run.note("rows per open: Flowable history (ACT_HI_*)", allRows.rows(t -> t.startsWith("ACT_HI_")));
        run.note("rows per open: other Flowable", allRows.rows(t -> t.startsWith("ACT_GE_") || t.startsWith("FLW_")
                || (t.startsWith("ACT_") && !t.startsWith("ACT_RU_") && !t.startsWith("ACT_HI_"))));
        run.note("rows per open, by table", allRows.rowsPerTable());
        run.note("open median / application-rows floor median", open.median() / floor.median());
        run.note("open median / all-rows floor median", open.median() / allRowsFloor.median());

        BenchmarkRun.signIn("bench.pt", "PERFORMANCE_TEAM");
        QuarterSummary single = quarters.open(TestTimetable.of(size.firstYear() + next[0] / 4, next[0]++ % 4 + 1));
        BenchmarkRun.signIn("bench.pt", "PERFORMANCE_TEAM");
        QuarterSummary saturated = quarters.open(TestTimetable.of(size.firstYear() + next[0] / 4, next[0]++ % 4 + 1));
        singleThread(run, single.id());
        saturation(run, saturated.id(), size.threads());
    }

    /** Each return's route, step by step on this thread: latency percentiles and statements per step. */
    private static void singleThread(BenchmarkRun run, long quarterId) {
        BenchmarkRun.signIn("bench.pt", "PERFORMANCE_TEAM");
        List<ReturnSummary> all = run.context.getBean(QuarterService.class).returnsOf(quarterId);
        List<Double> submit = new ArrayList<>();
        List<Double> approve = new ArrayList<>();
        List<Double> signOff = new ArrayList<>();
        List<Long> submitStatements = new ArrayList<>();
        List<Long> approveStatements = new ArrayList<>();
        List<Long> signOffStatements = new ArrayList<>();
        List<Double> submitCpu = new ArrayList<>();
        List<Double> approveCpu = new ArrayList<>();
        List<Double> signOffCpu = new ArrayList<>();
        var route = new Route(run);
        for (ReturnSummary ret : all) {
            route.prepareSubmit(ret.id());
            time(run, submit, submitStatements, submitCpu, () -> route.submit(ret.id()));
            route.prepareApprove(ret.id());
            time(run, approve, approveStatements, approveCpu, () -> route.approve(ret.id()));
            route.prepareSignOff(ret.id());
            time(run, signOff, signOffStatements, signOffCpu, () -> route.signOff(ret.id()));
        }
        run.print("Every return's route, one step at a time on one thread (%d returns)%n", all.size());
        for (var f : List.of(new BenchmarkRun.Figures("submit, 1 thread", submit, submitStatements, submitCpu),
                new BenchmarkRun.Figures("approve, 1 thread", approve, approveStatements, approveCpu),
                new BenchmarkRun.Figures("sign off, 1 thread", signOff, signOffStatements, signOffCpu))) {
            run.record(f);
        }
    }

    private static void time(BenchmarkRun run, List<Double> millis, List<Long> statements, List<Double> cpu,
            Runnable step) {
        var before = run.counters();
        long cpuStart = BenchmarkRun.threadCpuNanos();
        long start = System.nanoTime();
        step.run();
        millis.add((System.nanoTime() - start) / 1e6);
        cpu.add((BenchmarkRun.threadCpuNanos() - cpuStart) / 1e6);
        statements.add(run.statementsSince(before));
    }

    /** Every return's whole route from {@code threads} users at once: steps per second; any failure fails the run. */
    private static void saturation(BenchmarkRun run, long quarterId, int threads) {
        BenchmarkRun.signIn("bench.pt", "PERFORMANCE_TEAM");
        List<ReturnSummary> all = run.context.getBean(QuarterService.class).returnsOf(quarterId);
        var route = new Route(run);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (ReturnSummary ret : all) {
            tasks.add(() -> {
                route.whole(ret.id());
                return null;
            });
        }
        long start = System.nanoTime();
        BenchmarkRun.parallel(threads, tasks);
        double seconds = (System.nanoTime() - start) / 1e9;
        run.print("The same route for every return of another quarter from %d threads at once%n", threads);
        run.note("saturation: steps per second, " + threads + " threads", 3 * all.size() / seconds);
        run.note("saturation: errors", 0);
    }

    /**
     * The three steps of a return's route as its people take them; the reading before each step is not timed (also
     * {@link StepProfile}'s).
     */
    static final class Route {

        private final ReturnService returns;
        private final ReturnApprovalService approvals;
        private final ReturnRouting routing;
        private final ThreadLocal<ReturnEdit> edit = new ThreadLocal<>();
        private final ThreadLocal<Long> version = new ThreadLocal<>();

        Route(BenchmarkRun run) {
            this.returns = run.context.getBean(ReturnService.class);
            this.approvals = run.context.getBean(ReturnApprovalService.class);
            this.routing = run.context.getBean(ReturnRouting.class);
        }

        void prepareSubmit(long id) {
            BenchmarkRun.signIn(routing.adDelivery(id), "AD_DELIVERY");
            ReturnDetails details = returns.get(id);
            edit.set(ReturnEdit.ofLines(id, details.version(), details.lines().stream()
                    .map(l -> new LineEntry(l.lineId(), "55", "Benchmark commentary")).toList()));
        }

        void submit(long id) {
            returns.submit(edit.get());
        }

        void prepareApprove(long id) {
            BenchmarkRun.signIn(routing.adCommissioning(id), "AD_COMMISSIONING");
            version.set(returns.get(id).version());
        }

        void approve(long id) {
            approvals.approve(id, version.get());
        }

        void prepareSignOff(long id) {
            BenchmarkRun.signIn(routing.strategicDirector(id), "STRATEGIC_DIRECTOR");
            version.set(returns.get(id).version());
        }

        void signOff(long id) {
            approvals.signOff(id, version.get());
        }

        /** The whole route, each step read first as its person's screen would. */
        void whole(long id) {
            prepareSubmit(id);
            submit(id);
            prepareApprove(id);
            approve(id);
            prepareSignOff(id);
            signOff(id);
        }
    }
}
