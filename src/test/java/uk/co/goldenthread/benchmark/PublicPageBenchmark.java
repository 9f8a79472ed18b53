package uk.co.goldenthread.benchmark;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * The public version page against a static file of the same bytes served by the same server in the same run: the
 * file is written to disk at the start and served by Spring's static resource handler (the class that serves
 * Spring Boot's static locations), mapped for the run under /public so that both go through the same Tomcat, the
 * same filters and the same dispatcher. Warm-up, then repeats alternating subject and baseline; requests per second
 * at concurrency 10 (min / median / max); every thread's failures fail the run, as does any response that is not
 * 200 with all the bytes. Then the heap per visitor: visitors without cookies, no HTTP session may be created (the
 * run fails if Tomcat holds one more afterwards or a response sets a cookie), heap used after a full GC before and
 * after, in bytes per visitor.
 */
final class PublicPageBenchmark {

    static final String STATIC_PATH = "/public/benchmark-static/pack.html";
    private static final int CONCURRENCY = 10;

    private final ConfigurableApplicationContext context;
    private final String base;

    private PublicPageBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Prints the figures; throws if a request failed, a visitor got a session or a cookie. */
    static void run(ConfigurableApplicationContext context, byte[] page, String path, int requests, int repeats,
            int visitors) throws Exception {
        new PublicPageBenchmark(context).measure(page, path, requests, repeats, visitors);
    }

    private void measure(byte[] page, String path, int requests, int repeats, int visitors) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "benchmarks", "public-static-" + ProcessHandle.current()
                .pid()).toAbsolutePath());
        Files.write(dir.resolve("pack.html"), page);
        RequestMappingHandlerMapping mappings = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        RequestMappingInfo mapping = RequestMappingInfo.paths(STATIC_PATH).methods(RequestMethod.GET)
                .options(mappings.getBuilderConfiguration()).build();
        mappings.registerMapping(mapping, new StaticFile(context, dir),
                StaticFile.class.getDeclaredMethod("serve", HttpServletRequest.class, HttpServletResponse.class));
        try {
            String subject = base + path;
            String baseline = base + STATIC_PATH;
            System.out.printf("%nPublic version page against a static file of the same %d bytes, same Tomcat, same "
                    + "run; %d requests per repeat at concurrency %d, %d repeats after a warm-up%n", page.length,
                    requests, CONCURRENCY, repeats);
            databaseSettings(context.getBean(JdbcTemplate.class)).forEach((k, v) -> System.out.printf("  %s: %s%n", k, v));
            rate(subject, page.length, Math.max(CONCURRENCY, requests / 2));
            rate(baseline, page.length, Math.max(CONCURRENCY, requests / 2));
            List<Double> subjectRates = new ArrayList<>();
            List<Double> baselineRates = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            List<Double> subjectHeap = new ArrayList<>();
            List<Double> baselineHeap = new ArrayList<>();
            double heldBefore = usedHeapAfterGc() / 1e6;
            for (int i = 0; i < repeats; i++) {
                // heap in flight: the most in use after any collection while the repeat's requests run
                double s;
                try (var watch = new LiveHeapWatch()) {
                    s = rate(subject, page.length, requests);
                    subjectHeap.add((double) watch.maxAfterGcMb());
                }
                double b;
                try (var watch = new LiveHeapWatch()) {
                    b = rate(baseline, page.length, requests);
                    baselineHeap.add((double) watch.maxAfterGcMb());
                }
                subjectRates.add(s);
                baselineRates.add(b);
                ratios.add(100 * s / b);
            }
            print("Golden Thread " + path, subjectRates, "requests/s");
            print("static file " + STATIC_PATH, baselineRates, "requests/s");
            print("page / static file, same repeat", ratios, "%");
            print("heap in use after GC during the page's requests", subjectHeap, "MB (-1: no GC ran)");
            print("heap in use after GC during the static file's", baselineHeap, "MB (-1: no GC ran)");
            System.out.printf("  heap held after a full GC: %.1f MB before the repeats, %.1f MB after them%n",
                    heldBefore, usedHeapAfterGc() / 1e6);
            System.out.printf("  median page / median static file: %.0f %% (target >= 90 %%)%n",
                    100 * median(subjectRates) / median(baselineRates));
            heapPerVisitor(subject, page.length, visitors, repeats);
        } finally {
            mappings.unregisterMapping(mapping);
        }
    }

    /** Visitors without cookies (each request a new client, as far as the server knows). */
    private void heapPerVisitor(String url, int length, int visitors, int repeats) throws Exception {
        if (visitors == 0) {
            return;
        }
        Manager manager = sessionManager();
        Set<String> sessionsBefore = sessionIds(manager);
        long createdBefore = manager.getSessionCounter();
        List<Double> bytesPerVisitor = new ArrayList<>();
        AtomicInteger cookies = new AtomicInteger();
        for (int i = -1; i < repeats; i++) { // i == -1: the warm-up, not counted
            long before = usedHeapAfterGc();
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int v = 0; v < visitors; v++) {
                tasks.add(() -> {
                    try (HttpClient visitor = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                        HttpResponse<InputStream> response = visitor.send(HttpRequest.newBuilder(URI.create(url)).build(),
                                HttpResponse.BodyHandlers.ofInputStream());
                        check(url, response, length);
                        if (response.headers().firstValue("Set-Cookie").isPresent()) {
                            cookies.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            BenchmarkRun.parallel(CONCURRENCY, tasks);
            long after = usedHeapAfterGc();
            if (i >= 0) {
                bytesPerVisitor.add((double) (after - before) / visitors);
            }
        }
        long created = manager.getSessionCounter() - createdBefore;
        Set<String> sessionsAfter = sessionIds(manager);
        sessionsAfter.removeAll(sessionsBefore);
        System.out.printf("%nHeap per public visitor: %d visitors per repeat (each its own client, no cookies), "
                + "concurrency %d, %d repeats after a warm-up%n", visitors, CONCURRENCY, repeats);
        System.out.printf("  HTTP sessions created by Tomcat during the visits: %d; held now that were not before: %d;"
                + " responses setting a cookie: %d%n", created, sessionsAfter.size(), cookies.get());
        print("heap used after GC, per visitor", bytesPerVisitor, "bytes");
        if (created > 0 || !sessionsAfter.isEmpty() || cookies.get() > 0) {
            throw new IllegalStateException("A public visitor got an HTTP session or a cookie: " + created
                    + " sessions created, " + cookies.get() + " cookies");
        }
    }

    /** Requests per second at concurrency 10; each thread counts its own failures, and any failure fails the run. */
    private static double rate(String url, int length, int requests) throws Exception {
        AtomicInteger left = new AtomicInteger(requests);
        int[] failures = new int[CONCURRENCY];
        Exception[] first = new Exception[CONCURRENCY];
        List<Callable<Integer>> threads = new ArrayList<>();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
            for (int t = 0; t < CONCURRENCY; t++) {
                int thread = t;
                threads.add(() -> {
                    int done = 0;
                    while (left.getAndDecrement() > 0) {
                        try {
                            check(url, client.send(request, HttpResponse.BodyHandlers.ofInputStream()), length);
                        } catch (Exception e) {
                            failures[thread]++;
                            if (first[thread] == null) {
                                first[thread] = e;
                            }
                        }
                        done++;
                    }
                    return done;
                });
            }
            long start = System.nanoTime();
            List<Integer> done = BenchmarkRun.parallel(CONCURRENCY, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            int failed = Arrays.stream(failures).sum();
            if (failed > 0 || done.stream().mapToInt(Integer::intValue).sum() != requests) {
                Exception cause = Arrays.stream(first).filter(e -> e != null).findFirst().orElse(null);
                throw new IllegalStateException(url + ": " + failed + " of " + requests + " requests failed (per thread "
                        + Arrays.toString(failures) + "); the first: " + cause, cause);
            }
            return requests / seconds;
        }
    }

    /** 200, and every byte of the page arrived. */
    private static void check(String url, HttpResponse<InputStream> response, int length) throws IOException {
        long received;
        try (InputStream body = response.body()) {
            received = body.transferTo(OutputStream.nullOutputStream());
        }
        if (response.statusCode() != 200 || received != length) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + " with " + received
                    + " bytes, not 200 with " + length);
        }
    }

    static Map<String, Object> databaseSettings(JdbcTemplate jdbc) {
        Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("database", jdbc.queryForObject("SELECT VERSION()", String.class));
        jdbc.query("SELECT @@innodb_flush_log_at_trx_commit, @@innodb_doublewrite, @@innodb_buffer_pool_size",
                row -> {
                    settings.put("innodb_flush_log_at_trx_commit", row.getInt(1));
                    settings.put("innodb_doublewrite", row.getString(2));
                    settings.put("innodb_buffer_pool_size_mb", row.getLong(3) / (1024 * 1024));
                });
        settings.put("processors", Runtime.getRuntime().availableProcessors());
        settings.put("max heap mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return settings;
    }

    private Manager sessionManager() {
        var tomcat = ((TomcatWebServer) ((WebServerApplicationContext) context).getWebServer()).getTomcat();
        return ((Context) tomcat.getHost().findChildren()[0]).getManager();
    }

    private static Set<String> sessionIds(Manager manager) {
        Set<String> ids = new HashSet<>();
        for (Session s : manager.findSessions()) {
            ids.add(s.getId());
        }
        return ids;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void print(String label, List<Double> values, String unit) {
        System.out.printf("  %-52s min %10.1f  median %10.1f  max %10.1f %s%n", label, Collections.min(values),
                median(values), Collections.max(values), unit);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** The static file, served by Spring's static resource handler from the directory the run wrote it to. */
    static final class StaticFile {

        private final ResourceHttpRequestHandler files = new ResourceHttpRequestHandler();

        StaticFile(ConfigurableApplicationContext context, Path dir) throws Exception {
            files.setLocations(List.of(new FileSystemResource(dir.toString() + "/")));
            files.setServletContext(((WebApplicationContext) context).getServletContext());
            files.setApplicationContext(context);
            files.afterPropertiesSet();
        }

        void serve(HttpServletRequest request, HttpServletResponse response) throws Exception {
            request.setAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE, "pack.html");
            files.handleRequest(request, response);
        }
    }
}
