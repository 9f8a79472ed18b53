package uk.co.goldenthread.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.io.IOUtils;
import uk.co.goldenthread.packs.render.PackHtml;
import uk.co.goldenthread.packs.render.PackPdf;
import uk.co.goldenthread.packs.render.PackReport;
import uk.co.goldenthread.packs.snapshot.CanonicalJson;
import uk.co.goldenthread.packs.snapshot.PackSnapshot;

/**
 * The pack's PDF on PackBenchmark's synthetic pack, at Warwickshire's size (263 measure lines) and ten times it
 * (2,630): the PDF laid out in parts of 40 measures on a thread per processor (PackPdf.render, what compiling does)
 * against the parts laid out on one thread, one after another, and the whole page laid out at once
 * (PackPdf.renderWhole, as before), in the same run, after a warm-up of the parts, repeated: min / median / max,
 * pages, bytes and the heap's peak (the sum of the heap pools' peaks since the run began, so it counts garbage not yet
 * collected too). Then the parts with PDFBox's streams in a scratch file. Needs no database.
 * Prints -Xmx and the load average before and after. Run: {@code ./mvnw -Pbenchmark verify} (see README) or
 * {@code java -Xmx3g -cp ... uk.co.goldenthread.benchmark.PdfBenchmark 263,2630 3 1}: sizes, repeats of the parts,
 * repeats of the whole document (0 skips it; at 10x it needs about 6 GB and minutes a run). Asserts nothing.
 */
public final class PdfBenchmark {

    private PdfBenchmark() {
    }

    /** What target/benchmarks/pdf.json holds: each size's runs, by name. */
    private static final Map<String, Object> RESULT = new LinkedHashMap<>();
    private static String size = "";

    public static void main(String[] args) throws Exception {
        RESULT.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
        RESULT.put("processors", Runtime.getRuntime().availableProcessors());
        RESULT.put("loadAverageAtStart", load());
        String[] sizes = (args.length > 0 ? args[0] : "263,2630").split(",");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int wholeRepeats = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        System.out.printf("%nPack PDF: -Xmx %d MB, %d processors, load average %s%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), load());
        int threads = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);
        for (String size : sizes) {
            int measures = Integer.parseInt(size.strip());
            PackSnapshot snapshot = PackBenchmark.snapshot(measures);
            String sha = CanonicalJson.sha256(CanonicalJson.of(snapshot));
            String html = new PackHtml("").render(new PackReport(snapshot, sha));
            System.out.printf("%n%d measure lines (%d KB of HTML), one warm-up, then repeats%n", measures,
                    html.length() >> 10);
            size = measures + " lines";
            var inMemory = new PackPdf();
            run("parts of 40, " + threads + " threads", repeats, true, () -> inMemory.render(html, sha));
            // the JVM is warm from the parts: the runs below have no warm-up of their own
            var oneThread = new PackPdf(40, IOUtils.createMemoryOnlyStreamCache(), 1);
            run("parts of 40, one thread", repeats, false, () -> oneThread.render(html, sha));
            var scratch = new PackPdf(40, IOUtils.createTempFileOnlyStreamCache(), threads);
            run("parts of 40, scratch file", Math.max(1, repeats / 2), false, () -> scratch.render(html, sha));
            if (wholeRepeats > 0) {
                run("whole document (baseline)", wholeRepeats, false, () -> inMemory.renderWhole(html, sha));
            }
        }
        System.out.printf("%nload average at the end %s%n", load());
        RESULT.put("loadAverageAtEnd", load());
        BenchmarkRun.writeJson("pdf", RESULT);
    }

    private static void run(String name, int repeats, boolean warmUp, Supplier<byte[]> pdf) {
        try {
            byte[] bytes = warmUp ? pdf.get() : null;
            List<Double> seconds = new ArrayList<>();
            long peak = 0;
            for (int i = 0; i < repeats; i++) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                bytes = pdf.get();
                seconds.add((System.nanoTime() - start) / 1e9);
                peak = Math.max(peak, heapPeak());
            }
            int pages;
            try (var doc = org.apache.pdfbox.Loader.loadPDF(java.util.Objects.requireNonNull(bytes))) {
                pages = doc.getNumberOfPages();
            }
            System.out.printf("  %-28s min %7.1f s  median %7.1f s  max %7.1f s  (%d runs)  %d pages  %d KB  heap peak "
                    + "%d MB%n", name, Collections.min(seconds), median(seconds), Collections.max(seconds), repeats, pages,
                    bytes.length >> 10, peak >> 20);
            record(name, Map.of("seconds", seconds, "minS", Collections.min(seconds), "medianS", median(seconds),
                    "maxS", Collections.max(seconds), "pages", pages, "kb", bytes.length >> 10, "heapPeakMb", peak >> 20));
        } catch (OutOfMemoryError e) {
            record(name, Map.of("failed", "out of memory"));
            System.out.printf("  %-28s out of memory at -Xmx %d MB%n", name, Runtime.getRuntime().maxMemory() >> 20);
        } catch (Exception e) {
            record(name, Map.of("failed", String.valueOf(e)));
            System.out.printf("  %-28s failed: %s%n", name, e);
        }
        System.out.flush();
    }

    @SuppressWarnings("unchecked")
    private static void record(String name, Map<String, Object> figures) {
        ((Map<String, Object>) RESULT.computeIfAbsent(size, s -> new LinkedHashMap<String, Object>())).put(name, figures);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
