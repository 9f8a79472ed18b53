package uk.co.goldenthread.benchmark;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import uk.co.goldenthread.framework.io.FrameworkImportService;
import uk.co.goldenthread.framework.io.ImportFile;
import uk.co.goldenthread.framework.io.ImportOptions;
import uk.co.goldenthread.framework.io.ImportResult;
import uk.co.goldenthread.framework.io.ProgressListener;

/**
 * Imports 100,000 past values (2,500 measures × 40 quarters, a Values-only CSV file) into the application (read,
 * check, preview, save, audit once per measure: everything {@code apply} does, commit included) beside a plain JDBC
 * batch insert of the same 100,000 rows into the real measure_value table in the same run, on the runner's settings
 * (see {@link BenchmarkRun}). Before each repeat of either, the past values are deleted, untimed. Targets (issue 11):
 * the import at most 10 s, and at most 5 times its floor.
 */
public final class HistoryImportBenchmark {

    private HistoryImportBenchmark() {
    }

    public static void main(String[] args) {
        try (BenchmarkRun run = BenchmarkRun.start("history-import", BenchmarkRun.Options.fromSystemProperties())) {
            run(run, 2_500, 40);
            run.writeJson();
        }
        System.exit(0);
    }

    /** The benchmark on a started run: {@code measures × periods} values; a smoke test may call it small. */
    static void run(BenchmarkRun run, int measures, int periods) {
        BenchmarkRun.signIn("benchmark", "PERFORMANCE_TEAM");
        var imports = run.context.getBean(FrameworkImportService.class);
        imports.apply(List.of(new ImportFile("measures.xlsx", FrameworkImportBenchmark.workbook("HIS", measures))),
                ImportOptions.DEFAULT, ProgressListener.NONE);
        ImportFile values = new ImportFile("values.csv", csv(measures, periods).getBytes(StandardCharsets.UTF_8));
        int rows = measures * periods;
        run.print("Import of %,d past values (%,d measures x %d quarters), each repeat after deleting them%n", rows,
                measures, periods);
        var imported = run.repeat("history import (apply, with commit)", run.options().warmUps(),
                run.options().repeats(), () -> run.jdbc.update("DELETE FROM measure_value"), () -> {
                    ImportResult result = imports.apply(List.of(values), ImportOptions.DEFAULT, ProgressListener.NONE);
                    if (result.applied().changes().size() != rows) {
                        throw new IllegalStateException("The import made " + result.applied().changes().size()
                                + " changes, not " + rows);
                    }
                });
        List<Object[]> same = rows(run, measures, periods);
        var floor = run.repeat("floor: JDBC batch insert into measure_value", run.options().warmUps(),
                run.options().repeats(), () -> run.jdbc.update("DELETE FROM measure_value"),
                () -> jdbcInsert(run, same));
        run.jdbc.update("DELETE FROM measure_value");
        run.note("history import median / floor median", imported.median() / floor.median());
    }

    /** Quarters from Q1 2000/01 on, values 50.0 to 99.9, every tenth one provisional. */
    private static String csv(int measures, int periods) {
        var csv = new StringBuilder(measures * periods * 40).append("measure,period,value,provisional,source\n");
        for (int m = 1; m <= measures; m++) {
            for (int p = 0; p < periods; p++) {
                csv.append("HIS-").append(m).append(',').append(period(p)).append(',').append(value(m, p)).append(',')
                        .append(p % 10 == 9 ? "yes" : "").append(",Benchmark ledger\n");
            }
        }
        return csv.toString();
    }

    private static String period(int p) {
        int year = 2000 + p / 4;
        return year + "/" + String.format("%02d", (year + 1) % 100) + " Q" + (p % 4 + 1);
    }

    private static String value(int m, int p) {
        int tenths = 500 + (m * 31 + p * 17) % 500;
        return tenths / 10 + "." + tenths % 10;
    }

    /** The same rows as the import writes, ids included, into the real table by the application's account. */
    private static void jdbcInsert(BenchmarkRun run, List<Object[]> rows) {
        BenchmarkCouncil.inOneTransaction(run.context.getBean(DataSource.class), connection -> BenchmarkCouncil.batch(
                connection, "INSERT INTO measure_value (id, measure_id, financial_year, quarter, period_value, "
                        + "provisional, source) VALUES (?, ?, ?, ?, ?, ?, ?)", rows));
    }

    /** The rows of the CSV file, with ids well above the sequence's. */
    private static List<Object[]> rows(BenchmarkRun run, int measures, int periods) {
        Map<String, Long> ids = new HashMap<>();
        run.jdbc.query("SELECT code, id FROM measure WHERE code LIKE 'HIS-%'",
                (ResultSet rs) -> { ids.put(rs.getString(1), rs.getLong(2)); });
        long next = 1_000_000_000L;
        List<Object[]> rows = new ArrayList<>(measures * periods);
        for (int m = 1; m <= measures; m++) {
            for (int p = 0; p < periods; p++) {
                rows.add(new Object[] {next++, ids.get("HIS-" + m), 2000 + p / 4, p % 4 + 1,
                        new BigDecimal(value(m, p)), p % 10 == 9, "Benchmark ledger"});
            }
        }
        return rows;
    }
}
