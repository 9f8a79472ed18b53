package uk.co.goldenthread.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.co.goldenthread.packs.render.PackCsv;
import uk.co.goldenthread.packs.render.PackHtml;
import uk.co.goldenthread.packs.render.PackPdf;
import uk.co.goldenthread.packs.render.PackReport;
import uk.co.goldenthread.packs.render.PackXlsx;
import uk.co.goldenthread.packs.snapshot.CanonicalJson;
import uk.co.goldenthread.packs.snapshot.PackSnapshot;

/**
 * Pack rendering and the public pack page for a council ten times Warwickshire's size (2,630 measure lines, eight
 * periods of history each): render time per format (warm-up, then repeated: min / median / max), then requests per
 * second at concurrency 10 for the public version page against the same bytes served as a static file by the same
 * server, and the heap held per visitor (see {@link PublicPageBenchmark}). Run: {@code ./mvnw -Pbenchmark verify}
 * (see README). Prints figures; asserts no speed.
 */
public final class PackBenchmark {

    private PackBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int measures = args.length > 0 ? Integer.parseInt(args[0]) : 2630;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int visitors = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        // BenchmarkRun's application: production database settings unless -Dbenchmark.durable=false, read back and
        // printed; the renders read no database, the public page reads the version's row
        try (BenchmarkRun run = BenchmarkRun.start("pack-render",
                new BenchmarkRun.Options(repeats, 1, BenchmarkRun.Options.fromSystemProperties().durable()))) {
            Map<String, List<Long>> nanos = run(run.context, measures, repeats, requests, visitors);
            Map<String, Object> result = run.result();
            result.put("measureLines", measures);
            result.put("repeats", repeats);
            Map<String, Object> formats = new LinkedHashMap<>();
            nanos.forEach((format, times) -> formats.put(format, Map.of("ms", times.stream().map(t -> ms(t)).toList(),
                    "minMs", ms(Collections.min(times)), "medianMs", ms(median(times)), "maxMs",
                    ms(Collections.max(times)))));
            result.put("renderMs", formats);
            run.writeJson();
        }
    }

    /** The benchmark on a running application; also used, small, by a test in verify. */
    public static Map<String, List<Long>> run(ConfigurableApplicationContext context, int measures, int repeats,
            int requests, int visitors) throws Exception {
        PackSnapshot snapshot = snapshot(measures);
        Map<String, List<Long>> nanos = new LinkedHashMap<>();
        String[] canonical = new String[1];
        String[] html = new String[1];
        System.out.printf("%nRendering a pack of %d measure lines (8 periods each), %d repeats after one warm-up "
                + "(each figure printed as it is measured; the PDF comes last, with no warm-up)%n", measures, repeats);
        measure(nanos, "json (canonical + SHA-256)", repeats, () -> canonical[0] = CanonicalJson.of(snapshot));
        String sha = CanonicalJson.sha256(canonical[0]);
        measure(nanos, "html", repeats, () -> html[0] = context.getBean(PackHtml.class).render(new PackReport(snapshot, sha)));
        measure(nanos, "csv", repeats, () -> context.getBean(PackCsv.class).render(snapshot, sha));
        measure(nanos, "xlsx", repeats, () -> context.getBean(PackXlsx.class).render(snapshot, sha));

        byte[] page = html[0].getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String path = storePublishedPack(context.getBean(JdbcTemplate.class), page, sha);
        PublicPageBenchmark.run(context, page, path, requests, repeats, visitors);
        if (!Boolean.parseBoolean(System.getProperty("benchmark.pdf", "true"))) {
            return nanos; // -Dbenchmark.pdf=false: the PDF has its own benchmark (PdfBenchmark)
        }
        // the PDF takes minutes at full size: no warm-up run, and half the repeats (at least one)
        measure(nanos, "pdf", Math.max(1, repeats / 2), false,
                () -> context.getBean(PackPdf.class).render(html[0], sha));
        String withoutCharts = html[0].replaceAll("(?s)<svg.*?</svg>", "");
        measure(nanos, "pdf without the SVG charts", Math.max(1, repeats / 2), false,
                () -> context.getBean(PackPdf.class).render(withoutCharts, sha));
        return nanos;
    }

    /** The synthetic pack of {@code count} measure lines, eight quarters each, that the benchmarks render. */
    public static PackSnapshot snapshot(int count) {
        List<PackSnapshot.Outcome> outcomes = new ArrayList<>();
        for (int o = 0; o < 10; o++) {
            outcomes.add(new PackSnapshot.Outcome("O" + o, "Outcome " + o, "Strategic outcome", 0));
        }
        List<PackSnapshot.Measure> measures = new ArrayList<>();
        String[] rags = {"Green", "Amber", "Red", "Grey"};
        String[] directions = {"Improving", "Stable", "Worsening", "No comparison"};
        for (int i = 0; i < count; i++) {
            List<PackSnapshot.PeriodValue> history = new ArrayList<>();
            for (int p = 0; p < 8; p++) {
                history.add(new PackSnapshot.PeriodValue("Q" + (p % 4 + 1) + " " + (2018 + p / 4) + "/"
                        + (19 + p / 4), BigDecimal.valueOf(800 + (i * 7 + p * 13) % 200, 1)));
            }
            String period = history.getLast().period();
            measures.add(new PackSnapshot.Measure("M" + i, i % 4 == 0 ? "KBM" : "KBI", "Measure number " + i,
                    "Definition of measure " + i, "%", 1, "higher is better", history.getLast().value(),
                    history.getLast().value() + "%", new BigDecimal("90.0"), new BigDecimal("5.0"), null, null,
                    new BigDecimal("80.0"), "2017/18", history, rags[i % 4], directions[i % 4], directions[(i + 1) % 4],
                    period, true, null, "Commentary on measure " + i + " explaining the story behind the data.",
                    i % 4 == 0 ? "Commissioning commentary " + i : null,
                    i % 4 == 2 ? List.of(new PackSnapshot.Action("Recovery plan " + i, "Service manager",
                            LocalDate.of(2020, 3, 31))) : List.of(),
                    List.of(new PackSnapshot.Comparator("England average", "2018/19", new BigDecimal("85.0"))), null,
                    null, "How well did we do it?", null, List.of("Outcome " + i % 10), "O" + i % 10,
                    "Directorate " + i % 5, "Area " + i % 150, "AD Delivery " + i % 150, "AD Commissioning " + i % 150,
                    "Strategic Director " + i % 5, "quarterly", false, null, false, null,
                    rags[i % 4] + ": as the benchmark says", null));
        }
        return new PackSnapshot("Benchmark County Council", "Performance report Q4 2019/20", "Q4 2019/20", "2019/20", 4,
                1, LocalDateTime.of(2020, 4, 20, 9, 0), "Performance Team", LocalDate.of(2020, 5, 14),
                LocalDate.of(2020, 5, 6), PackSnapshot.LICENCE, outcomes, measures, List.of(), List.of(),
                List.of(), new PackSnapshot.DataQuality(List.of(), List.of(), List.of(), List.of(), List.of()), null);
    }

    /** A published version of the benchmark pack, written as compilation writes it. */
    private static String storePublishedPack(JdbcTemplate jdbc, byte[] html, String sha) {
        jdbc.update("INSERT INTO quarter (financial_year, quarter_number, status, submission_due, review_due, sign_off_due,"
                + " cabinet_date, publication_date, pack_compile_due, opened_by, opened_at, version) VALUES (2049, 4, "
                + "'SIGNED_OFF', '2050-04-01', '2050-04-08', '2050-04-15', '2050-05-14', '2050-05-06', '2050-04-20', 'bench', "
                + "NOW(), 0)");
        Long quarterId = jdbc.queryForObject("SELECT id FROM quarter WHERE financial_year = 2049", Long.class);
        jdbc.update("INSERT INTO pack (quarter_id, version_number, title, status, compiled_at, compiled_by, version, "
                + "sha256, financial_year, quarter_number) VALUES (?, 1, 'Performance report Q4 2049/50', 'COMPILED', "
                + "NOW(), 'bench', 0, ?, 2049, 4)", quarterId, sha);
        Long packId = jdbc.queryForObject("SELECT id FROM pack WHERE quarter_id = ?", Long.class, quarterId);
        // compiled, its file stored, then published: the database takes no file once the papers are public
        jdbc.update("INSERT INTO pack_file (pack_id, file_name, media_type, content, content_sha256) VALUES "
                + "(?, 'pack.html', 'text/html;charset=UTF-8', ?, ?)", packId, html, CanonicalJson.sha256(html));
        jdbc.update("UPDATE pack SET status = 'PUBLISHED', published_at = NOW(), papers_published_at = NOW() "
                + "WHERE id = ?", packId);
        return "/public/packs/2049-50/q4/v1";
    }

    private static void measure(Map<String, List<Long>> nanos, String name, int repeats, Supplier<?> work) {
        measure(nanos, name, repeats, true, work);
    }

    private static void measure(Map<String, List<Long>> nanos, String name, int repeats, boolean warmUp,
            Supplier<?> work) {
        if (warmUp) {
            work.get();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            work.get();
            times.add(System.nanoTime() - start);
        }
        nanos.put(name, times);
        System.out.printf("  %-28s min %8.1f ms  median %8.1f ms  max %8.1f ms%n", name, ms(Collections.min(times)),
                ms(median(times)), ms(Collections.max(times)));
        System.out.flush();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
