package uk.co.goldenthread.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.co.goldenthread.base.database.EmbeddedDbStarter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.co.goldenthread.Application;
import uk.co.goldenthread.framework.io.FrameworkImportService;
import uk.co.goldenthread.framework.io.ImportFile;
import uk.co.goldenthread.framework.io.ImportOptions;
import uk.co.goldenthread.framework.io.ImportResult;
import uk.co.goldenthread.framework.io.ProgressListener;
import uk.co.goldenthread.framework.io.FrameworkTables;
import uk.co.goldenthread.framework.io.Table;
import uk.co.goldenthread.framework.io.WorkbookWriter;

/**
 * Not a unit test: imports a generated 10,000-measure workbook into a fresh application (embedded MariaDB in a
 * temporary folder) and compares its wall time with a plain JDBC batch insert of the same rows into a scratch copy of
 * the measure table. Run with {@code ./mvnw -Pbenchmark -DskipTests verify} (see README, Benchmarks).
 */
public final class FrameworkImportBenchmark {

    private static final int MEASURES = 10_000;

    private FrameworkImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ImportFile warmUp = new ImportFile("warm-up.xlsx", workbook("WARM", 1_000));
        ImportFile file = new ImportFile("benchmark.xlsx", workbook("BEN", MEASURES));
        System.out.printf("Generated %,d measures as XLSX: %,d bytes%n", MEASURES, file.content().length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("prod").properties(Map.of("goldenthread.framework.initial", "none",
                        "goldenthread.embedded-db.temporary", "true", "server.port", "0",
                        "logging.level.root", "WARN"))
                .run(args)) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_PERFORMANCE_TEAM"))));
            var imports = context.getBean(FrameworkImportService.class);
            imports.apply(List.of(warmUp), ImportOptions.DEFAULT, ProgressListener.NONE);

            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long gcBefore = gcMillis();
            long start = System.nanoTime();
            Map<String, Double> steps = new java.util.LinkedHashMap<>();
            ProgressListener timing = (fraction, step) -> steps.putIfAbsent(step.replaceAll(" \\(.*", ""),
                    (System.nanoTime() - start) / 1e9);
            ImportResult result = imports.apply(List.of(file), ImportOptions.DEFAULT, timing);
            double importSeconds = (System.nanoTime() - start) / 1e9;
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long gc = gcMillis() - gcBefore;

            // the scratch table needs DDL: the migration account's, not the application's
            double jdbcSeconds = jdbcBaseline(context.getBean(EmbeddedDbStarter.MIGRATION_DATA_SOURCE, DataSource.class));
            System.out.printf("Import of %,d measures (read, check, preview, save, audit): %.2f s, %,d changes%n",
                    MEASURES, importSeconds, result.applied().changes().size());
            steps.forEach((step, at) -> System.out.printf("  %-30s started at %.2f s%n", step, at));
            System.out.printf("Peak heap during the import: %,d MB (GC time %,d ms)%n", peakHeap / (1024 * 1024), gc);
            System.out.printf("Plain JDBC batch insert of the same %,d rows: %.2f s%n", MEASURES, jdbcSeconds);
            System.out.printf("Ratio import / JDBC baseline: %.1fx (target: within 5x)%n", importSeconds / jdbcSeconds);
        }
    }

    /** A workbook with the people, places and outcomes the measures name, and {@code count} measures. */
    private static byte[] workbook(String prefix, int count) {
        var tables = new FrameworkTables();
        tables.add(Table.PEOPLE, Map.of("username", "ad.one", "full name", "AD One", "roles", "AD Commissioning"), 2);
        tables.add(Table.DIRECTORATES, Map.of("name", "Benchmark directorate"), 2);
        tables.add(Table.COMMISSIONING_AREAS, Map.of("name", "Benchmark area", "directorate", "Benchmark directorate",
                "ad commissioning", "ad.one"), 2);
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

    private static double jdbcBaseline(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("CREATE TABLE measure_benchmark LIKE measure");
            insert(connection, "WARM", 1_000);
            connection.createStatement().execute("TRUNCATE TABLE measure_benchmark");
            long start = System.nanoTime();
            insert(connection, "BEN", MEASURES);
            double seconds = (System.nanoTime() - start) / 1e9;
            connection.createStatement().execute("DROP TABLE measure_benchmark");
            return seconds;
        }
    }

    private static void insert(Connection connection, String prefix, int count) throws Exception {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO measure_benchmark (code, kind, title, "
                + "definition, unit, decimal_places, polarity, tolerance, frequency, baseline_value, baseline_period, "
                + "status, all_ads, proxy, version) VALUES (?, 'KBM', ?, ?, 'PERCENT', 1, 'HIGHER_IS_BETTER', 2.5, "
                + "'QUARTERLY', ?, '2018/19', 'ACTIVE', FALSE, FALSE, 0)")) {
            for (int i = 1; i <= count; i++) {
                insert.setString(1, prefix + "-" + i);
                insert.setString(2, "% of benchmark measure " + i + " achieved against target");
                insert.setString(3, "Generated for the import benchmark.");
                insert.setInt(4, 50 + i % 50);
                insert.addBatch();
                if (i % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
