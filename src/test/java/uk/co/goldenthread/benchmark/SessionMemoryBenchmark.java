package uk.co.goldenthread.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.co.goldenthread.WebSession;

/**
 * Heap per signed-in session with one screen open, in production mode: the production build's extracted jar with its
 * AOT cache, started as the Dockerfile starts it ({@code -Xmx1g -XX:+UseSerialGC}), on the Warwickshire demo (a fresh
 * embedded database of its own). Each session is a visitor over real HTTP as a browser starts: the login page, the
 * sign-in form, the beacon with which a browser leaves the login page (Vaadin then closes that page's UI at once), then
 * the screen's address, whose view the server builds on that first request ({@code vaadin.eagerServerLoad}); the
 * session and its UI then stay, as a browser's would between clicks.
 * <p>
 * The heap is measured as the live objects after a full collection ({@code jcmd GC.class_histogram}), once settled
 * (two readings 10 s apart agree within 2 MB), before and after each batch of N sessions; the difference divided by N
 * is the heap per session. Screens: the AD Delivery's return (owen.pritchard, his open return) and the Performance
 * Team's pack (ellen.marchant, the latest pack). Both batches stay open together, so that reading is the live heap
 * with 2N sessions. Then each batch's screens are left as a browser leaves a page (its beacon: the server closes the
 * UI, the session stays), the packs' first, with a reading after each: what a batch's closing frees over N is what
 * its screen's UI holds, a figure that the caches filling between readings (and staying) cannot blur, as they can
 * the first (with 100 sessions a screen it once read below zero). {@code -Dbenchmark.sessions=N} (default 250, so 500
 * in all). Writes target/benchmarks/session-memory.json.
 */
public final class SessionMemoryBenchmark {

    private static final String DEMO_READY = "is open for its returns";

    private final Path target = Path.of("target").toAbsolutePath();
    private final Path dir = target.resolve("benchmarks").resolve("session-memory-run");
    private final Path javaHome = Path.of(System.getProperty("java.home"));
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final Map<String, Integer> beacons = new java.util.TreeMap<>();
    private Process app;
    private int port;

    public static void main(String[] args) throws Exception {
        if (!Files.exists(Path.of("target/app/app.aot"))) {
            System.out.println("== session-memory ==\n  skipped: no target/app/app.aot; build it first with"
                    + " ./mvnw -Pproduction,benchmark -DskipTests verify (README, Benchmarks)");
            return;
        }
        new SessionMemoryBenchmark().run(Integer.getInteger("benchmark.sessions", 250));
    }

    private void run(int sessions) throws Exception {
        deleteRecursively(dir);
        Files.createDirectories(dir);
        System.out.printf("%n== session-memory ==%n  java %s, -Xmx1g -XX:+UseSerialGC, AOT cache, production mode,"
                + " demo profile (Warwickshire), %d sessions a screen%n  load average: %s%n",
                System.getProperty("java.version"), sessions, loadAverage());
        start();
        try {
            long returnId = Long.parseLong(sql("SELECT r.id FROM quarterly_return r JOIN person p"
                    + " ON p.id = r.ad_delivery_id WHERE p.username = 'owen.pritchard' AND r.status = 'DRAFT'"
                    + " ORDER BY r.id DESC LIMIT 1"));
            long packId = Long.parseLong(sql("SELECT MAX(id) FROM pack"));
            List<Screen> open = new ArrayList<>();
            // warm-up: classes, caches and pools that the first sessions fill once for all
            open(open, 5, "owen.pritchard", "/returns/" + returnId, "Submit return");
            open(open, 5, "ellen.marchant", "/packs/" + packId, "(version ");
            long base = liveHeap("baseline (10 warm-up sessions)");
            List<Screen> returns = open(open, sessions, "owen.pritchard", "/returns/" + returnId, "Submit return");
            long afterReturns = liveHeap("after " + sessions + " return screens");
            List<Screen> packs = open(open, sessions, "ellen.marchant", "/packs/" + packId, "(version ");
            long afterPacks = liveHeap("after " + sessions + " pack screens");
            long rssMb = rssKb(app.pid()) / 1024;
            // then each batch's screens closed as a browser leaves them, the sessions kept: what a screen's UI holds
            // is what its closing frees, which the caches that fill meanwhile (and stay) do not blur
            leave(packs, "pack");
            long packsLeft = liveHeap("after the " + sessions + " pack screens were left");
            leave(returns, "return");
            long returnsLeft = liveHeap("after the " + sessions + " return screens were left");
            double perReturn = (afterReturns - base) / 1024.0 / sessions;
            double perPack = (afterPacks - afterReturns) / 1024.0 / sessions;
            double perReturnUi = (packsLeft - returnsLeft) / 1024.0 / sessions;
            double perPackUi = (afterPacks - packsLeft) / 1024.0 / sessions;
            double perSessionLeft = (returnsLeft - base) / 1024.0 / (2.0 * sessions);
            System.out.printf("  heap per signed-in session with the return screen: %.0f KB (its screen's UI, freed"
                    + " as it is left: %.0f KB)%n", perReturn, perReturnUi);
            System.out.printf("  heap per signed-in session with the pack screen:   %.0f KB (its screen's UI, freed"
                    + " as it is left: %.0f KB)%n", perPack, perPackUi);
            System.out.printf("  heap per signed-in session with no screen open:    %.0f KB%n", perSessionLeft);
            System.out.printf("  live heap with %d sessions open: %.0f MB of the 1,024 MB heap%n", open.size(),
                    afterPacks / 1048576.0);
            System.out.printf("  pages left with a beacon (HTTP status: sessions; -1: no UI in the page): %s%n",
                    beacons);
            figures.put("page_beacons", beacons.toString());
            figures.put("return_screen_kb_per_session", Math.round(perReturn));
            figures.put("pack_screen_kb_per_session", Math.round(perPack));
            figures.put("return_screen_ui_kb_freed_when_left", Math.round(perReturnUi));
            figures.put("pack_screen_ui_kb_freed_when_left", Math.round(perPackUi));
            figures.put("session_kb_with_no_screen", Math.round(perSessionLeft));
            figures.put("sessions_open", open.size());
            figures.put("live_heap_mb_with_all_sessions", Math.round(afterPacks / 1048576.0));
            figures.put("java_rss_mb_with_all_sessions", rssMb);
            System.out.printf("  RSS of the JVM with them: %d MB%n", rssMb);
        } finally {
            stop();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "session-memory");
        result.put("java", System.getProperty("java.version"));
        result.put("jvm", "-Xmx1g -XX:+UseSerialGC -XX:AOTCache=app/app.aot, production mode, demo profile");
        result.put("figures", figures);
        Path file = target.resolve("benchmarks/session-memory.json");
        Files.writeString(file, BenchmarkRun.json(result) + "\n", StandardCharsets.UTF_8);
        System.out.printf("  results written to %s%n", file);
        deleteRecursively(dir);
    }

    /** A visitor and the screen's page it was given. */
    private record Screen(WebSession visitor, String page) {
    }

    /** Opens count sessions, each with the screen; gives them, and adds them to all that are open. */
    private List<Screen> open(List<Screen> open, int count, String username, String path, String shows)
            throws Exception {
        List<Screen> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var visitor = new WebSession(port);
            HttpResponse<String> signIn = visitor.signIn(username, "demo");
            if (signIn.statusCode() != 302 || signIn.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("Sign-in of " + username + " failed: " + signIn.statusCode() + " "
                        + signIn.headers().map());
            }
            int beacon = visitor.leaveLoginPage(); // as the browser leaves the login page: its UI is closed
            beacons.merge("login " + beacon, 1, Integer::sum);
            HttpResponse<String> screen = visitor.get(path);
            if (screen.statusCode() != 200 || !screen.body().contains(shows)) {
                throw new IllegalStateException(path + " answered " + screen.statusCode() + " without '" + shows
                        + "': " + screen.body().substring(0, Math.min(400, screen.body().length())));
            }
            batch.add(new Screen(visitor, screen.body()));
        }
        open.addAll(batch);
        return batch;
    }

    /** Each screen left as a browser leaves a page (its beacon): the server closes the UI, the session stays. */
    private void leave(List<Screen> screens, String name) throws Exception {
        for (Screen screen : screens) {
            beacons.merge(name + " " + screen.visitor().leave(screen.page()), 1, Integer::sum);
        }
    }

    /** Bytes of live objects after a full collection, and the classes that grew most since the last call. */
    private Map<String, Long> lastHistogram = Map.of();

    /**
     * The live heap once it has settled: measured until two readings 10 s apart agree within 2 MB (at most five), as
     * the demo's start leaves work and caches that settle in the first minutes (a baseline taken too soon was 56 MB
     * above the heap with 100 sessions more, on 4 December 2026).
     */
    private long liveHeap(String label) throws Exception {
        Thread.sleep(30_000); // Tomcat closes the visitors' idle keep-alive connections after 20 s, as a browser's
        long last = histogram(label + ", reading 1");
        for (int reading = 2; reading <= 5; reading++) {
            Thread.sleep(10_000);
            long now = histogram(label + ", reading " + reading);
            if (Math.abs(now - last) < 2 * 1048576L) {
                last = now;
                break;
            }
            last = now;
        }
        if (!lastHistogram.isEmpty()) {
            Map<String, Long> before = lastHistogram;
            System.out.println("    grew most: " + latestHistogram.entrySet().stream()
                    .sorted(Comparator.comparingLong(e -> before.getOrDefault(e.getKey(), 0L) - e.getValue()))
                    .limit(8).map(e -> e.getKey() + " +" + (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / 1024
                            + " KB").collect(Collectors.joining(", ")));
        }
        lastHistogram = latestHistogram;
        figures.put("live_heap_mb " + label, Math.round(last / 1048576.0 * 10) / 10.0);
        return last;
    }

    private Map<String, Long> latestHistogram = Map.of();

    /** One reading: the live heap after a full collection, and its classes (kept in latestHistogram). */
    private long histogram(String label) throws Exception {
        Process jcmd = new ProcessBuilder(javaHome.resolve("bin/jcmd").toString(), Long.toString(app.pid()),
                "GC.class_histogram").redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(2, TimeUnit.MINUTES);
        Map<String, Long> histogram = new LinkedHashMap<>();
        long total = -1;
        for (String line : output.lines().toList()) {
            String[] cells = line.strip().split("\\s+");
            if (cells.length >= 3 && cells[0].equals("Total")) {
                total = Long.parseLong(cells[2]);
            } else if (cells.length >= 4 && cells[0].endsWith(":")) {
                histogram.put(cells[3], Long.parseLong(cells[2]));
            }
        }
        if (total < 0) {
            throw new IllegalStateException("No histogram from jcmd: " + output);
        }
        System.out.printf("  live heap %s: %.1f MB%n", label, total / 1048576.0);
        latestHistogram = histogram;
        return total;
    }

    private void start() throws Exception {
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dir.resolve("app.log");
        var builder = new ProcessBuilder(javaHome.resolve("bin/java").toString(), "-Xmx1g", "-XX:+UseSerialGC",
                "-XX:AOTCache=app/app.aot", "-jar", "app/golden-thread.jar", "--spring.profiles.active=demo",
                "--server.port=" + port, "--goldenthread.embedded-db.base-dir=" + dir.resolve("data/mariadb-11.4.5"),
                "--goldenthread.embedded-db.data-dir=" + dir.resolve("data/db"))
                .directory(target.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("GOLDENTHREAD_")
                || name.equals("JAVA_TOOL_OPTIONS"));
        long started = System.nanoTime();
        app = builder.start();
        long deadline = started + Duration.ofMinutes(15).toNanos();
        while (!Files.readString(log, StandardCharsets.ISO_8859_1).contains(DEMO_READY)) {
            if (!app.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("The demo did not start; see " + log);
            }
            Thread.sleep(200);
        }
        System.out.printf("  demo ready after %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    private String sql(String query) throws Exception {
        Process client = new ProcessBuilder(dir.resolve("data/mariadb-11.4.5/bin/mariadb").toString(),
                "--defaults-extra-file=" + dir.resolve("data/db/golden-thread-credentials.cnf"), "goldenthread", "-N",
                "-B", "-e", query).redirectErrorStream(true).start();
        String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (client.waitFor() != 0 || output.isEmpty() || output.equals("NULL")) {
            throw new IllegalStateException("'" + query + "' gave: " + output);
        }
        return output;
    }

    private void stop() throws InterruptedException {
        app.destroy();
        if (!app.waitFor(90, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor();
        }
    }

    private static long rssKb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:")).map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElse(-1L);
    }

    private static String loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
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
