package uk.co.goldenthread.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start-up of the production build as an operator runs it, each start a child process of its own: the time from
 * launching java to {@code /actuator/health} answering UP (and, from a fresh directory, until the shipped framework
 * has loaded, which the first start does after that), and then the resident memory (RSS) of the JVM and of its
 * mariadbd. Two ways to start, alternated in one run so that the machine's load falls on both:
 * <ul>
 * <li>{@code jar}: {@code java -jar target/golden-thread-*.jar}, the JVM's defaults (the baseline);</li>
 * <li>{@code aot}: the jar extracted by Spring Boot's jar tools with the JDK AOT cache trained by the production
 * build, {@code java -Xmx1g -Xms64m -XX:+UseSerialGC -XX:AOTCache=app/app.aot -jar app/golden-thread.jar}, as the
 * Dockerfile starts it;</li>
 * <li>{@code extracted} (only when asked for): the same without the cache, to tell the two gains apart.</li>
 * </ul>
 * Each from a fresh directory (the MariaDB binaries unpacked, a database created, Liquibase and Flowable's tables, the
 * shipped framework loaded) and from a kept one (started once before, untimed). The database runs with the
 * application's production settings (MariaDB's defaults: the redo log flushed at every commit, doublewrite on).
 * <p>
 * Needs {@code ./mvnw -Pproduction package} first (target/app). {@code -Dbenchmark.startup.repeats=N} (default 5),
 * {@code -Dbenchmark.startup.variants=jar,aot,extracted}, {@code -Dbenchmark.startup.kinds=fresh,kept} and
 * {@code -Dbenchmark.startup.arguments=--a=b,--c=d} (more application arguments, to measure a change: given to every
 * variant, or, when a variant's name ends in {@code +args} such as {@code aot,aot+args}, only to those) and
 * {@code -Dbenchmark.startup.java-options="-Xmx1g -Xms64m -XX:+UseSerialGC"} (the aot and extracted variants' JVM
 * options, by default the Dockerfile's JAVA_OPTS) change the run. Beside each wall time it prints the CPU (user +
 * system) of the JVM at health UP, with its JIT compilers' share, and of the database, which a busy machine does not
 * inflate as it does the wall time.
 * Writes target/benchmarks/startup.json; each start's log stays in target/benchmarks/startup-runs.
 */
public final class StartupBenchmark {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final String FRAMEWORK_LOADED = "Loaded the shipped framework";
    private static final String STARTED = "Started Application in ";

    record Variant(String name, List<String> jvm, String jar, List<String> arguments) {
    }

    record Start(String variant, boolean fresh, double upMillis, double readyMillis, double springSeconds,
            long javaRssKb, long mariadbRssKb, String loadBefore, double javaCpuSeconds, double databaseCpuSeconds,
            double jitCpuSeconds) {
    }

    private final Path target;
    private final Path runs;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final List<String> extraArguments;
    private final List<String> kinds = List.of(System.getProperty("benchmark.startup.kinds", "fresh,kept").split(","));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final boolean withArguments;
    /** The Dockerfile's JAVA_OPTS, for the aot and extracted variants; -Dbenchmark.startup.java-options to change. */
    private final List<String> javaOptions = List.of(System.getProperty("benchmark.startup.java-options",
            "-Xmx1g -Xms64m -XX:+UseSerialGC").strip().split("\\s+"));

    private StartupBenchmark(Path target, List<String> extraArguments, boolean withArguments) {
        this.withArguments = withArguments;
        this.target = target;
        this.runs = target.resolve("benchmarks").resolve("startup-runs");
        this.extraArguments = extraArguments;
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        if (!Files.exists(target.resolve("app/app.aot"))) {
            System.out.println("== startup ==\n  skipped: no target/app/app.aot; build it first with"
                    + " ./mvnw -Pproduction,benchmark -DskipTests verify (README, Benchmarks)");
            return;
        }
        int repeats = Integer.getInteger("benchmark.startup.repeats", 5);
        List<String> names = List.of(System.getProperty("benchmark.startup.variants", "jar,aot").split(","));
        String more = System.getProperty("benchmark.startup.arguments", "");
        var benchmark = new StartupBenchmark(target, more.isBlank() ? List.of() : List.of(more.split(",")),
                names.stream().anyMatch(name -> name.strip().endsWith("+args")));
        List<Variant> variants = names.stream().map(String::strip).map(benchmark::variant).toList();
        benchmark.run(variants, repeats);
    }

    /** A way to start; a name ending in "+args" is the same with the extra arguments (A/B in one run). */
    private Variant variant(String name) {
        if (name.endsWith("+args")) {
            Variant plain = variant(name.substring(0, name.length() - "+args".length()));
            return new Variant(name, plain.jvm(), plain.jar(), extraArguments);
        }
        List<String> arguments = withArguments ? List.of() : extraArguments;
        return switch (name) {
            case "jar" -> new Variant(name, List.of(), productionJar().toString(), arguments);
            case "aot" -> new Variant(name, Stream.concat(javaOptions.stream(), Stream.of("-XX:AOTCache=app/app.aot"))
                    .toList(), "app/golden-thread.jar", arguments);
            case "extracted" -> new Variant(name, javaOptions, "app/golden-thread.jar", arguments);
            default -> throw new IllegalArgumentException("No start-up variant " + name + " (jar, aot, extracted,"
                    + " and each with +args)");
        };
    }

    private Path productionJar() {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("golden-thread-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No target/golden-thread-*.jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(List<Variant> variants, int repeats) throws Exception {
        System.out.printf("%n== startup ==%n  java: %s (%s)%n  processors: %d, repeats: %d, variants: %s%n"
                + "  database: embedded MariaDB, the application's production settings (MariaDB's defaults)%n"
                + "  extra arguments: %s%n  JVM options (aot, extracted): %s%n"
                + "  CPU: user + system of the JVM at health UP"
                + " (its JIT compiler threads' share in brackets); the database's: mariadbd's, and the programs the"
                + " JVM ran for it (mariadb-install-db, the accounts' bootstrap)%n  load average at the start: %s%n",
                java, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), repeats,
                variants.stream().map(Variant::name).toList(), extraArguments, javaOptions, loadAverage());
        deleteRecursively(runs);
        Map<String, Path> kept = new LinkedHashMap<>();
        for (Variant variant : variants) { // warm-up: the page cache, and the directory the kept starts reuse
            Path dir = runs.resolve(variant.name() + "-kept");
            Start warmUp = start(variant, dir, true);
            System.out.printf("  warm-up %-9s fresh: health UP %.1f s, ready %.1f s%n", variant.name(),
                    warmUp.upMillis() / 1000, warmUp.readyMillis() / 1000);
            kept.put(variant.name(), dir);
        }
        List<Start> starts = new ArrayList<>();
        for (int i = 0; i < (kinds.contains("fresh") ? repeats : 0); i++) {
            for (Variant variant : variants) {
                Path dir = runs.resolve(variant.name() + "-fresh-" + i);
                starts.add(print(start(variant, dir, true)));
                deleteRecursively(dir.resolve("data"));
            }
        }
        for (int i = 0; i < (kinds.contains("kept") ? repeats : 0); i++) {
            for (Variant variant : variants) {
                starts.add(print(start(variant, kept.get(variant.name()), false)));
            }
        }
        report(variants, starts);
        for (Path dir : kept.values()) {
            deleteRecursively(dir.resolve("data"));
        }
        System.out.printf("  each start's log is kept in %s%n", runs);
    }

    private Start print(Start s) {
        System.out.printf("  %-9s %-5s health UP %6.1f s  CPU java %5.1f s (JIT %4.1f s), database %5.1f s"
                + "  ready %6.1f s  (Spring: %5.1f s)  RSS java %4d MB, mariadbd %4d MB  load %s%n", s.variant(),
                s.fresh() ? "fresh" : "kept", s.upMillis() / 1000, s.javaCpuSeconds(), s.jitCpuSeconds(),
                s.databaseCpuSeconds(),
                s.readyMillis() / 1000, s.springSeconds(), s.javaRssKb() / 1024, s.mariadbRssKb() / 1024,
                s.loadBefore());
        return s;
    }

    /** One start on {@code dir} (its data/ folder), until ready; then the RSS figures; then a clean stop. */
    private Start start(Variant variant, Path dir, boolean fresh) throws Exception {
        Files.createDirectories(dir);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(variant.jvm());
        command.addAll(List.of("-jar", variant.jar(), "--spring.profiles.active=prod", "--server.port=" + port,
                "--goldenthread.embedded-db.base-dir=" + dir.resolve("data/mariadb-11.4.5"),
                "--goldenthread.embedded-db.data-dir=" + dir.resolve("data/db")));
        command.addAll(variant.arguments());
        Path log = dir.resolve("start-" + System.nanoTime() + ".log");
        String load = loadAverage();
        var builder = new ProcessBuilder(command).directory(target.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("GOLDENTHREAD_")
                || name.equals("JAVA_TOOL_OPTIONS"));
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            double up = awaitHealthUp(process, port, started, log);
            // CPU at health UP: the JVM's own threads; the database's: mariadbd so far plus the programs the JVM ran
            // and waited for (mariadb-install-db and the accounts' bootstrap, a fresh start's)
            long[] javaTicks = cpuTicks(process.pid());
            double jitCpu = jitTicks(process.pid()) / (double) CLOCK_TICKS;
            long serverTicks = mariadbd(process).map(p -> cpuTicks(p.pid())[0]).orElse(0L);
            double javaCpu = javaTicks[0] / (double) CLOCK_TICKS;
            double databaseCpu = (javaTicks[1] + serverTicks) / (double) CLOCK_TICKS;
            double ready = up;
            if (fresh) {
                awaitLine(process, log, FRAMEWORK_LOADED);
                ready = (System.nanoTime() - started) / 1e6;
            }
            long javaRss = rssKb(process.toHandle());
            long mariadbRss = mariadbd(process).map(StartupBenchmark::rssKb).orElse(-1L);
            return new Start(variant.name(), fresh, up, ready, springSeconds(log), javaRss, mariadbRss, load, javaCpu,
                    databaseCpu, jitCpu);
        } finally {
            stop(process);
        }
    }

    private double awaitHealthUp(Process process, int port, long started, Path log) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = started + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application ended with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return (System.nanoTime() - started) / 1e6;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Health was not UP within " + START_TIMEOUT + "; see " + log);
    }

    private static void awaitLine(Process process, Path log, String text) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(log, StandardCharsets.ISO_8859_1).contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The application ended before '" + text + "'; see " + log);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("No '" + text + "' within " + START_TIMEOUT + "; see " + log);
    }

    /** Spring's own figure, "Started Application in 9.1 seconds (process running for 10.2)". */
    private static double springSeconds(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(STARTED);
        if (at < 0) {
            return Double.NaN;
        }
        String rest = text.substring(at + STARTED.length());
        return Double.parseDouble(rest.substring(0, rest.indexOf(' ')));
    }

    private static Optional<ProcessHandle> mariadbd(Process process) {
        return process.descendants().filter(p -> p.info().command().orElse("").endsWith("mariadbd")).findFirst();
    }

    /** SIGTERM, as a service manager stops it; the server goes with it (waited for, so starts never overlap). */
    private static void stop(Process process) throws InterruptedException {
        Optional<ProcessHandle> server = mariadbd(process);
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        if (server.isPresent()) {
            server.get().onExit().completeOnTimeout(null, 60, TimeUnit.SECONDS).join();
        }
    }

    /** Clock ticks a second of /proc/PID/stat's times (USER_HZ: 100 on Linux x86-64). */
    private static final long CLOCK_TICKS = 100;

    /**
     * User + system CPU of a process from /proc/PID/stat: its own threads' (utime + stime) and its waited-for
     * children's (cutime + cstime), in clock ticks; zeros when it is gone.
     */
    static long[] cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // fields after the command's closing parenthesis, from field 3 (state): utime is field 14
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long utime = Long.parseLong(fields[11]);
            long stime = Long.parseLong(fields[12]);
            long cutime = Long.parseLong(fields[13]);
            long cstime = Long.parseLong(fields[14]);
            return new long[] {utime + stime, cutime + cstime};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** The CPU of the JVM's JIT compiler threads (C1, C2) so far, in clock ticks: part of {@link #cpuTicks}. */
    static long jitTicks(long pid) {
        long ticks = 0;
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path thread : threads.toList()) {
                String stat = Files.readString(thread.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return ticks; // a thread ended meanwhile, or the process did
        }
        return ticks;
    }

    private static long rssKb(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private void report(List<Variant> variants, List<Start> starts) throws IOException {
        Map<String, Object> figures = new LinkedHashMap<>();
        System.out.printf("%n  %-18s %-20s %-20s %-20s %-20s %-17s %-17s%n", "min / median / max", "health UP (s)",
                "CPU java at UP (s)", "CPU database (s)", "ready (s)", "RSS java (MB)", "RSS mariadbd (MB)");
        for (Variant variant : variants) {
            for (boolean fresh : List.of(true, false)) {
                List<Start> these = starts.stream().filter(s -> s.variant().equals(variant.name()) && s.fresh() == fresh)
                        .toList();
                String label = variant.name() + (fresh ? " fresh" : " kept");
                double[] up = these.stream().mapToDouble(s -> s.upMillis() / 1000).toArray();
                double[] ready = these.stream().mapToDouble(s -> s.readyMillis() / 1000).toArray();
                double[] java = these.stream().mapToDouble(s -> s.javaRssKb() / 1024.0).toArray();
                double[] db = these.stream().mapToDouble(s -> s.mariadbRssKb() / 1024.0).toArray();
                double[] javaCpu = these.stream().mapToDouble(Start::javaCpuSeconds).toArray();
                double[] dbCpu = these.stream().mapToDouble(Start::databaseCpuSeconds).toArray();
                System.out.printf("  %-18s %-20s %-20s %-20s %-20s %-17s %-17s%n", label, spread(up, "%.1f"),
                        spread(javaCpu, "%.1f"), spread(dbCpu, "%.1f"), spread(ready, "%.1f"), spread(java, "%.0f"),
                        spread(db, "%.0f"));
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("runs", these.size());
                entry.put("health_up_s", list(up));
                entry.put("cpu_java_at_up_s", list(javaCpu));
                entry.put("cpu_database_at_up_s", list(dbCpu));
                entry.put("cpu_jit_at_up_s", these.stream().map(s -> Math.round(s.jitCpuSeconds() * 10) / 10.0)
                        .toList());
                entry.put("ready_s", list(ready));
                entry.put("spring_started_s", these.stream().map(Start::springSeconds).toList());
                entry.put("rss_java_mb", list(java));
                entry.put("rss_mariadbd_mb", list(db));
                entry.put("load_before", these.stream().map(Start::loadBefore).toList());
                figures.put(label, entry);
            }
        }
        System.out.printf("  load average at the end: %s%n", loadAverage());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "startup");
        result.put("java", System.getProperty("java.version"));
        result.put("processors", Runtime.getRuntime().availableProcessors());
        result.put("variants", variants.stream().map(v -> v.name() + ": java " + String.join(" ", v.jvm()) + " -jar "
                + v.jar() + " " + String.join(" ", v.arguments())).toList());
        result.put("extra_arguments", extraArguments);
        result.put("figures", figures);
        Path file = target.resolve("benchmarks/startup.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, BenchmarkRun.json(result) + "\n", StandardCharsets.UTF_8);
        System.out.printf("  results written to %s%n", file);
    }

    private static String spread(double[] values, String format) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return "-";
        }
        return String.format(format + " / " + format + " / " + format, sorted[0], sorted[(sorted.length - 1) / 2],
                sorted[sorted.length - 1]);
    }

    private static List<Double> list(double[] values) {
        return Arrays.stream(values).map(v -> Math.round(v * 100) / 100.0).boxed().toList();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
