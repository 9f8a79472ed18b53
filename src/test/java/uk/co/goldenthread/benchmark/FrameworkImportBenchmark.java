package uk.co.goldenthread.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import uk.co.goldenthread.framework.io.FrameworkImportService;
import uk.co.goldenthread.framework.io.FrameworkTables;
import uk.co.goldenthread.framework.io.ImportFile;
import uk.co.goldenthread.framework.io.ImportOptions;
import uk.co.goldenthread.framework.io.ImportResult;
import uk.co.goldenthread.framework.io.ProgressListener;
import uk.co.goldenthread.framework.io.Table;
import uk.co.goldenthread.framework.io.WorkbookWriter;

/**
 * Imports generated 10,000-measure workbooks into the application (read, check, preview, save, audit: everything
 * {@code apply} does, commit included) beside a plain JDBC batch insert of the same 10,000 rows into the real measure
 * table in the same run (committed, then deleted untimed), on the runner's settings (see {@link BenchmarkRun}). Each
 * repeat imports new measures, so the framework grows by 10,000 each time: the JSON file keeps every repeat's time.
 * Prints peak heap per import: the pools' peak use (garbage included) and the heap in use after the fullest garbage
 * collection during it (LiveHeapWatch; -1 when none ran). Run with {@code ./mvnw -Pbenchmark -DskipTests verify} (see README, Benchmarks).
 */
public final class FrameworkImportBenchmark {

    private FrameworkImportBenchmark() {
    }

    public static void main(String[] args) {
        try (BenchmarkRun run = BenchmarkRun.start("framework-import", BenchmarkRun.Options.fromSystemProperties())) {
            run(run, 10_000);
            run.writeJson();
        }
        System.exit(0);
    }

    /** The benchmark on a started run; the smoke test in verify calls it with a few measures. */
    static void run(BenchmarkRun run, int measures) {
        BenchmarkRun.signIn("benchmark", "PERFORMANCE_TEAM");
        var imports = run.context.getBean(FrameworkImportService.class);
        imports.apply(List.of(new ImportFile("people.xlsx", workbook("SETUP", 1))), ImportOptions.DEFAULT,
                ProgressListener.NONE);
        int[] next = {0};
        ImportFile[] file = new ImportFile[1];
        List<Long> peakHeap = new ArrayList<>();
        List<Long> liveHeap = new ArrayList<>();
        List<Double> commitMillis = new ArrayList<>();
        run.print("Import of %,d measures, each repeat new ones%n", measures);
        var imported = run.repeat("import (apply, with commit)", run.options().warmUps(), run.options().repeats(),
                () -> {
                    file[0] = new ImportFile("benchmark.xlsx", workbook("BEN" + next[0]++, measures));
                    System.gc();
                    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                },
                () -> {
                    long[] lastStep = {System.nanoTime()};
                    ImportResult result;
                    try (var watch = new LiveHeapWatch()) {
                        result = imports.apply(List.of(file[0]), ImportOptions.DEFAULT,
                                (fraction, step) -> lastStep[0] = System.nanoTime());
                        liveHeap.add(watch.maxAfterGcMb());
                    }
                    commitMillis.add((System.nanoTime() - lastStep[0]) / 1e6);
                    peakHeap.add(ManagementFactory.getMemoryPoolMXBeans().stream()
                            .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed())
                            .sum() / (1024 * 1024));
                    if (result.applied().changes().isEmpty()) {
                        throw new IllegalStateException("The import changed nothing");
                    }
                });
        int repeats = run.options().repeats();
        var floor = run.repeat("floor: JDBC batch insert into measure", run.options().warmUps(), repeats,
                () -> run.jdbc.update("DELETE FROM measure WHERE code LIKE 'JDBC-%'"),
                () -> jdbcInsert(run, measures));
        run.jdbc.update("DELETE FROM measure WHERE code LIKE 'JDBC-%'");
        List<Long> measured = peakHeap.subList(peakHeap.size() - repeats, peakHeap.size());
        List<Double> commits = commitMillis.subList(commitMillis.size() - repeats, commitMillis.size());
        run.note("import median / floor median", imported.median() / floor.median());
        run.note("import: peak heap MB (min/median/max)", BenchmarkRun.spread(measured));
        run.note("import: heap after its fullest GC, MB (min/median/max)",
                BenchmarkRun.spread(liveHeap.subList(liveHeap.size() - repeats, liveHeap.size())));
        run.note("max heap MB (-Xmx)", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        run.note("import: after its last step, commit and return, ms (median)",
                BenchmarkRun.median(commits.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** A workbook with the people, places and outcomes the measures name, and {@code count} measures. */
    public static byte[] workbook(String prefix, int count) {
        var tables = new FrameworkTables();
        tables.add(Table.PEOPLE, Map.of("username", "ad.one", "full name", "AD One", "roles", "AD Commissioning"), 2);
        tables.add(Table.PEOPLE, Map.of("username", "ad.two", "full name", "AD Two", "roles", "AD Delivery"), 3);
        tables.add(Table.DIRECTORATES, Map.of("name", "Benchmark directorate"), 2);
        tables.add(Table.COMMISSIONING_AREAS, Map.of("name", "Benchmark area", "directorate", "Benchmark directorate",
                "ad commissioning", "ad.one", "ad delivery", "ad.two"), 2);
        tables.add(Table.OUTCOMES, Map.of("code", "BO1", "title", "Benchmark outcome", "level", "Strategic outcome"), 2);
        for (int i = 1; i <= count; i++) {
            tables.add(Table.MEASURES, Map.ofEntries(Map.entry("code", prefix + "-" + i), Map.entry("type", "KBM"),
                    Map.entry("title", "% of benchmark measure " + i + " achieved against target"),
                    Map.entry("definition", "Generated for the import benchmark."),
                    Map.entry("directorate", "Benchmark directorate"), Map.entry("commissioning area", "Benchmark area"),
                    Map.entry("outcome", "BO1"), Map.entry("owner", "ad.one"), Map.entry("unit", "%"),
                    Map.entry("decimal places", "1"), Map.entry("polarity", "higher is better"),
                    Map.entry("tolerance", "2.5"), Map.entry("frequency", "quarterly"),
                    Map.entry("baseline value", String.valueOf(50 + i % 50)), Map.entry("baseline period", "2018/19"),
                    Map.entry("status", "active")), i + 1);
        }
        return WorkbookWriter.xlsx(tables, false);
    }

    /** The same measure rows as the import writes, into the real table by the application's account, committed. */
    private static void jdbcInsert(BenchmarkRun run, int count) {
        long areaId = run.jdbc.queryForObject("SELECT id FROM commissioning_area WHERE name = 'Benchmark area'",
                Long.class);
        long ownerId = run.jdbc.queryForObject("SELECT id FROM person WHERE username = 'ad.one'", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(new Object[] {"JDBC-" + i, "% of benchmark measure " + i + " achieved against target",
                    "Generated for the import benchmark.", areaId, ownerId, 50 + i % 50});
        }
        BenchmarkCouncil.inOneTransaction(run.context.getBean(DataSource.class), connection -> BenchmarkCouncil.batch(
                connection, "INSERT INTO measure (code, kind, title, definition, area_id, owner_id, unit, "
                        + "decimal_places, polarity, tolerance, frequency, baseline_value, baseline_period, status, "
                        + "all_ads, proxy, version) VALUES (?, 'KBM', ?, ?, ?, ?, 'PERCENT', 1, 'HIGHER_IS_BETTER', "
                        + "2.5, 'QUARTERLY', ?, '2018/19', 'ACTIVE', FALSE, FALSE, 0)", rows));
    }
}
