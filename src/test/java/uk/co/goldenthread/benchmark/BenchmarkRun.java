package uk.co.goldenthread.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import uk.co.goldenthread.Application;

/**
 * What every database benchmark shares, so that its figures can be trusted:
 * <ul>
 * <li>its own application: the settings are command-line arguments, which outrank application.properties and the
 * tests' config/application.properties (port 0, no shipped framework, the prod profile, its own throwaway data
 * directory under target/benchmarks);</li>
 * <li>the production database settings unless told otherwise ({@code -Dbenchmark.durable=false}): MariaDB's own
 * defaults, a flush of the redo log at every commit and the doublewrite buffer on (the tests switch both off), and
 * Flowable's job executor on; the settings are read back from the server and printed;</li>
 * <li>warm-ups, then repeats ({@code -Dbenchmark.repeats}, default 10), printing min / median / max of the subject and
 * its baseline from the same run, each timed step including its commit;</li>
 * <li>the statements each step sent, from the server's own counters (SHOW GLOBAL STATUS: Questions and Com_*), and
 * the CPU time of the thread that ran it;</li>
 * <li>every worker thread's failure fails the run;</li>
 * <li>a JSON file of the results, target/benchmarks/&lt;name&gt;.json, beside the printed table.</li>
 * </ul>
 */
final class BenchmarkRun implements AutoCloseable {

    /** How the run is set up; {@link #fromSystemProperties()} reads -Dbenchmark.repeats, .warmups and .durable. */
    record Options(int repeats, int warmUps, boolean durable) {

        static Options fromSystemProperties() {
            return new Options(Integer.getInteger("benchmark.repeats", 10), Integer.getInteger("benchmark.warmups", 2),
                    Boolean.parseBoolean(System.getProperty("benchmark.durable", "true")));
        }
    }

    /**
     * Min / median / max (and percentiles) of some timings, in milliseconds, the statements per repeat, and the CPU
     * time of the thread that ran each repeat (the application's own work on it: not the database server's, nor
     * other threads'), which other load on the machine inflates far less than the wall time.
     */
    record Figures(String label, List<Double> millis, List<Long> statements, List<Double> cpuMillis) {

        double cpuMedian() {
            if (cpuMillis.isEmpty()) {
                return Double.NaN;
            }
            List<Double> sorted = new ArrayList<>(cpuMillis);
            Collections.sort(sorted);
            return sorted.get((sorted.size() - 1) / 2);
        }

        double min() {
            return millis.isEmpty() ? Double.NaN : Collections.min(millis);
        }

        double median() {
            return percentile(50);
        }

        double max() {
            return millis.isEmpty() ? Double.NaN : Collections.max(millis);
        }

        double percentile(int p) {
            if (millis.isEmpty()) {
                return Double.NaN;
            }
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index));
        }

        long statementsMedian() {
            if (statements.isEmpty()) {
                return -1;
            }
            List<Long> sorted = new ArrayList<>(statements);
            Collections.sort(sorted);
            return sorted.get((sorted.size() - 1) / 2);
        }
    }

    /** The server's statement counters at one moment. */
    record Counters(Map<String, Long> values) {

        long questions() {
            return values.getOrDefault("Questions", 0L);
        }

        Counters minus(Counters earlier) {
            Map<String, Long> difference = new LinkedHashMap<>();
            values.forEach((name, value) -> difference.put(name, value - earlier.values.getOrDefault(name, 0L)));
            return new Counters(difference);
        }
    }

    private static final List<String> COUNTERS = List.of("Questions", "Com_select", "Com_insert", "Com_update",
            "Com_delete", "Com_commit", "Com_rollback");

    final String name;
    final Options options;
    final ConfigurableApplicationContext context;
    final JdbcTemplate jdbc;
    private final Path dataDir;
    private final long counterOverhead;
    private final Map<String, Object> result = new LinkedHashMap<>();
    private final Map<String, Object> figures = new LinkedHashMap<>();

    private BenchmarkRun(String name, Options options, ConfigurableApplicationContext context, Path dataDir) {
        this.name = name;
        this.options = options;
        this.context = context;
        this.dataDir = dataDir;
        this.jdbc = context.getBean(JdbcTemplate.class);
        long overhead = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            Counters before = counters();
            overhead = Math.min(overhead, counters().minus(before).questions());
        }
        this.counterOverhead = overhead;
        result.put("benchmark", name);
        result.put("settings", settings());
        result.put("figures", figures);
    }

    /** Starts the application for a benchmark; {@code extra} are further command-line properties (name=value). */
    static BenchmarkRun start(String name, Options options, String... extra) {
        Path dataDir = Path.of("target", "benchmarks", name + "-db-" + ProcessHandle.current().pid()).toAbsolutePath();
        var application = new SpringApplication(Application.class);
        ConfigurableApplicationContext context = application.run(arguments(options, dataDir, extra));
        var run = new BenchmarkRun(name, options, context, dataDir);
        run.print("%n== %s ==%n%s%n", name, run.settings().entrySet().stream()
                .map(e -> "  " + e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")));
        return run;
    }

    /**
     * The application's settings as command-line arguments, which outrank every application.properties (a default
     * property, as the benchmarks once set them, loses to them).
     */
    static String[] arguments(Options options, Path dataDir, String... extra) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=prod", "--server.port=0",
                "--goldenthread.framework.initial=none", "--goldenthread.embedded-db.temporary=false",
                "--goldenthread.embedded-db.data-dir=" + dataDir.resolve("db"),
                "--goldenthread.pack-files.dir=" + dataDir.resolve("pack-files"),
                "--goldenthread.embedded-db.base-dir=target/mariadb-11.4.5", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off", "--spring.datasource.hikari.maximum-pool-size=30",
                "--spring.mail.host="));
        if (options.durable()) {
            // MariaDB's defaults, which production runs on (the tests' config switches them off), and the job executor
            arguments.add("--goldenthread.embedded-db.server-arguments=--innodb-flush-log-at-trx-commit=1,"
                    + "--innodb-doublewrite=1,--skip-log-bin");
            arguments.add("--flowable.async-executor-activate=true");
        } else {
            arguments.add("--goldenthread.embedded-db.server-arguments=--innodb-flush-log-at-trx-commit=0,"
                    + "--innodb-doublewrite=0,--skip-log-bin");
            arguments.add("--flowable.async-executor-activate=false");
        }
        for (String property : extra) {
            arguments.add("--" + property);
        }
        return arguments.toArray(String[]::new);
    }

    /** The settings as the server and the application report them, not as asked for. */
    Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("database", jdbc.queryForObject("SELECT VERSION()", String.class));
        jdbc.query("SELECT @@innodb_flush_log_at_trx_commit, @@innodb_doublewrite, @@log_bin, @@innodb_buffer_pool_size",
                row -> {
                    settings.put("innodb_flush_log_at_trx_commit", row.getInt(1));
                    settings.put("innodb_doublewrite", row.getString(2));
                    settings.put("log_bin", row.getInt(3));
                    settings.put("innodb_buffer_pool_size_mb", row.getLong(4) / (1024 * 1024));
                });
        settings.put("durable commits", options.durable());
        settings.put("flowable.async-executor-activate",
                context.getEnvironment().getProperty("flowable.async-executor-activate", "true"));
        settings.put("data directory", dataDir.toString());
        settings.put("repeats", options.repeats());
        settings.put("warm-ups", options.warmUps());
        settings.put("processors", Runtime.getRuntime().availableProcessors());
        settings.put("max heap mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        settings.put("java", System.getProperty("java.version"));
        return settings;
    }

    /** Statements the server has run since it started (SHOW is not a SELECT, but is a Question). */
    Counters counters() {
        Map<String, Long> values = new LinkedHashMap<>();
        jdbc.query("SHOW GLOBAL STATUS WHERE Variable_name IN (" + COUNTERS.stream().map(c -> "'" + c + "'")
                .collect(Collectors.joining(", ")) + ")", row -> {
                    values.put(row.getString(1), row.getLong(2));
                });
        return new Counters(values);
    }

    /** Statements sent by clients since {@code before} (global: Flowable's job executor, when on, is included). */
    long statementsSince(Counters before) {
        return counters().minus(before).questions() - counterOverhead;
    }

    Options options() {
        return options;
    }

    /**
     * Runs the step {@code warmUps} times untimed, then {@code repeats} times timed, one at a time; each run gets a
     * fresh subject from {@code prepare} (untimed) and must include its own commit.
     */
    Figures repeat(String label, Runnable step) {
        return repeat(label, options.warmUps(), options.repeats(), () -> { }, step);
    }

    Figures repeat(String label, int warmUps, int repeats, Runnable prepare, Runnable step) {
        for (int i = 0; i < warmUps; i++) {
            prepare.run();
            step.run();
        }
        List<Double> millis = new ArrayList<>();
        List<Long> statements = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            prepare.run();
            Counters before = counters();
            long cpuStart = threadCpuNanos();
            long start = System.nanoTime();
            step.run();
            long nanos = System.nanoTime() - start;
            long cpuNanos = threadCpuNanos() - cpuStart;
            statements.add(counters().minus(before).questions() - counterOverhead);
            millis.add(nanos / 1e6);
            cpu.add(cpuNanos / 1e6);
        }
        return record(new Figures(label, millis, statements, cpu));
    }

    /** The CPU time this thread has used so far, in nanoseconds. */
    static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Keeps the figures for the JSON file and prints them as a line of the table. */
    Figures record(Figures f) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("runs", f.millis().size());
        entry.put("min_ms", round(f.min()));
        entry.put("median_ms", round(f.median()));
        entry.put("max_ms", round(f.max()));
        entry.put("p95_ms", round(f.percentile(95)));
        entry.put("statements_median", f.statementsMedian());
        entry.put("statements", f.statements());
        entry.put("millis", f.millis().stream().map(BenchmarkRun::round).toList());
        if (!f.cpuMillis().isEmpty()) {
            entry.put("thread_cpu_median_ms", round(f.cpuMedian()));
        }
        figures.put(f.label(), entry);
        print("  %-44s n=%3d  min %8.1f  median %8.1f  max %8.1f  p95 %8.1f ms%s%n", f.label(), f.millis().size(),
                f.min(), f.median(), f.max(), f.percentile(95),
                (f.statements().isEmpty() ? "" : "  statements (min/median/max) " + spread(f.statements()))
                        + (f.cpuMillis().isEmpty() ? "" : String.format("  thread CPU median %.1f ms", f.cpuMedian())));
        return f;
    }

    /** A figure that is no timing (a ratio, a count, a rate), for the table and the JSON file. */
    void note(String label, Object value) {
        figures.put(label, value instanceof Double d ? round(d) : value);
        print("  %-44s %s%n", label, value instanceof Double d ? String.format("%.2f", d) : value);
    }

    /** Runs every task on {@code threads} threads; throws if any of them failed, naming how many and the first. */
    static <T> List<T> parallel(int threads, List<Callable<T>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = pool.invokeAll(tasks, 30, TimeUnit.MINUTES);
            List<T> results = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                } catch (java.util.concurrent.CancellationException e) {
                    failures.add(new IllegalStateException("Did not finish within 30 minutes", e));
                }
            }
            if (!failures.isEmpty()) {
                var failed = new IllegalStateException(failures.size() + " of " + tasks.size()
                        + " tasks failed; the first: " + failures.getFirst(), failures.getFirst());
                failures.stream().skip(1).limit(5).forEach(failed::addSuppressed);
                throw failed;
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    DataSource migrationDataSource() {
        return context.getBean(uk.co.goldenthread.base.database.EmbeddedDbStarter.MIGRATION_DATA_SOURCE, DataSource.class);
    }

    static void signIn(String username, String role) {
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role)))));
    }

    /** Writes target/benchmarks/&lt;name&gt;.json and returns its path. */
    Path writeJson() {
        return writeJson(name, result);
    }

    /** Writes target/benchmarks/&lt;name&gt;.json for a benchmark that has no database run, and returns its path. */
    static Path writeJson(String name, Map<String, ?> result) {
        Path file = Path.of("target", "benchmarks", name + ".json");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json(result) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("  results written to %s%n", file.toAbsolutePath());
        return file;
    }

    Map<String, Object> result() {
        return result;
    }

    @Override
    public void close() {
        context.close();
        deleteQuietly(dataDir);
    }

    void print(String format, Object... arguments) {
        System.out.printf(format, arguments);
    }

    static String spread(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[0] + "/" + sorted[(sorted.length - 1) / 2] + "/" + sorted[sorted.length - 1];
    }

    static double median(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }

    private static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 100) / 100.0;
    }

    static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> json(String.valueOf(e.getKey())) + ": " + json(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(BenchmarkRun::json).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toString().toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete " + dir + ": " + e.getMessage());
        }
    }
}
