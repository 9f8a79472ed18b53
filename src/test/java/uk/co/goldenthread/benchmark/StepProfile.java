package uk.co.goldenthread.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import uk.co.goldenthread.TestTimetable;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.ReturnSummary;

/**
 * A harness for profiling one return step, not part of verify: the benchmark council (150 areas), then
 * {@code quarters} quarters whose every return goes submit, approve, sign off on one thread (the first one a warm-up),
 * printing per step the wall time, this thread's CPU time and the statements, and over each quarter the CPU of the
 * JVM and of its mariadbd; then, if {@code threads} > 0, one more quarter from that many threads (steps per second and
 * CPU per step). Run it under JFR to see where a step's time goes:
 * {@code java -XX:StartFlightRecording=... -cp ... uk.co.goldenthread.benchmark.StepProfile 3 20}.
 */
public final class StepProfile {

    private StepProfile() {
    }

    public static void main(String[] args) throws Exception {
        int quarters = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        var options = BenchmarkRun.Options.fromSystemProperties();
        try (BenchmarkRun run = BenchmarkRun.start("step-profile", options)) {
            BenchmarkCouncil.create(run.jdbc, 150, 630, 2000, 2028, 2028 + (quarters + 5) / 4);
            var service = run.context.getBean(QuarterService.class);
            var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long mariadb = mariadbPid(run);
            var route = new QuarterCycleBenchmark.Route(run);
            for (int q = 0; q < quarters + (threads > 0 ? 1 : 0); q++) {
                BenchmarkRun.signIn("bench.pt", "PERFORMANCE_TEAM");
                long quarterId = service.open(TestTimetable.of(2028 + q / 4, q % 4 + 1)).id();
                BenchmarkRun.signIn("bench.pt", "PERFORMANCE_TEAM");
                List<ReturnSummary> all = service.returnsOf(quarterId);
                double load0 = loadAverage();
                long jvm0 = os.getProcessCpuTime();
                long db0 = cpuNanos(mariadb);
                long wall0 = System.nanoTime();
                if (q < quarters) {
                    List<double[]> steps = new ArrayList<>();
                    for (ReturnSummary ret : all) {
                        route.prepareSubmit(ret.id());
                        steps.add(time(run, bean, () -> route.submit(ret.id())));
                        route.prepareApprove(ret.id());
                        steps.add(time(run, bean, () -> route.approve(ret.id())));
                        route.prepareSignOff(ret.id());
                        steps.add(time(run, bean, () -> route.signOff(ret.id())));
                    }
                    String[] names = {"submit", "approve", "sign off"};
                    System.out.printf("quarter %d, 1 thread, load %.2f -> %.2f (wall and thread CPU, ms; statements)%n",
                            q, load0, loadAverage());
                    for (int k = 0; k < 3; k++) {
                        List<Double> wall = new ArrayList<>();
                        List<Double> cpu = new ArrayList<>();
                        List<Double> statements = new ArrayList<>();
                        for (int i = k; i < steps.size(); i += 3) {
                            wall.add(steps.get(i)[0]);
                            cpu.add(steps.get(i)[1]);
                            statements.add(steps.get(i)[2]);
                        }
                        System.out.printf("  %-9s wall p50 %6.2f p95 %6.2f min %6.2f | thread CPU p50 %6.2f | statements p50 %4.0f max %4.0f%n",
                                names[k], pct(wall, 50), pct(wall, 95), pct(wall, 0), pct(cpu, 50), pct(statements, 50),
                                pct(statements, 100));
                    }
                } else {
                    List<Callable<Void>> tasks = new ArrayList<>();
                    for (ReturnSummary ret : all) {
                        tasks.add(() -> {
                            route.whole(ret.id());
                            return null;
                        });
                    }
                    BenchmarkRun.parallel(threads, tasks);
                    System.out.printf("quarter %d, %d threads, load %.2f -> %.2f%n", q, threads, load0, loadAverage());
                }
                double seconds = (System.nanoTime() - wall0) / 1e9;
                int steps = 3 * all.size();
                System.out.printf("  %d steps (reads before each step included) in %.2f s: %.1f steps/s; CPU per step: JVM %.2f ms, mariadbd %.2f ms%n",
                        steps, seconds, steps / seconds, (os.getProcessCpuTime() - jvm0) / 1e6 / steps,
                        (cpuNanos(mariadb) - db0) / 1e6 / steps);
            }
        }
        System.exit(0);
    }

    private static double[] time(BenchmarkRun run, com.sun.management.ThreadMXBean bean, Runnable step) {
        var before = run.counters();
        long cpu = bean.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        step.run();
        double wall = (System.nanoTime() - start) / 1e6;
        double cpuMillis = (bean.getCurrentThreadCpuTime() - cpu) / 1e6;
        return new double[] {wall, cpuMillis, run.statementsSince(before)};
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        java.util.Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The pid of the mariadbd serving this run (its command line names the run's data directory), or -1. */
    private static long mariadbPid(BenchmarkRun run) {
        String dir = Path.of("target", "benchmarks").toAbsolutePath() + "/step-profile-db-" + ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(dir)).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
    }

    /** User + system CPU of a process, from /proc/pid/stat (clock ticks of 10 ms). */
    private static long cpuNanos(long pid) {
        if (pid < 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
        } catch (IOException e) {
            return 0;
        }
    }
}
