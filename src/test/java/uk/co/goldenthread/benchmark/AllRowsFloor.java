package uk.co.goldenthread.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The floor for a step that writes rows: a plain JDBC batch insert of as many rows per table as the step itself wrote
 * (application and Flowable tables alike), counted from a real run of the step. The rows are copies of rows already in
 * each table, so they are as wide as the real ones; they go into benchmark-only copies of the tables (bench_&lt;table&gt;,
 * created by the migration account: same columns and indexes, no foreign keys, no triggers), in one transaction,
 * committed. Only inserts are counted: the step's updates and deletes, if any, are not in the floor.
 */
final class AllRowsFloor {

    private final BenchmarkRun run;
    private final Map<String, Long> rowsPerTable;
    private final Map<String, List<String>> columns = new LinkedHashMap<>();
    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

    private AllRowsFloor(BenchmarkRun run, Map<String, Long> rowsPerTable) {
        this.run = run;
        this.rowsPerTable = rowsPerTable;
        var migration = new JdbcTemplate(run.migrationDataSource());
        rowsPerTable.forEach((table, count) -> {
            migration.execute("CREATE TABLE IF NOT EXISTS " + copy(table) + " LIKE `" + table + "`");
            List<String> names = new ArrayList<>();
            List<Object[]> sample = new ArrayList<>();
            migration.query("SELECT * FROM `" + table + "` LIMIT " + count, row -> {
                var meta = row.getMetaData();
                if (names.isEmpty()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        names.add(meta.getColumnName(i));
                    }
                }
                Object[] values = new Object[names.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.getObject(i + 1);
                }
                sample.add(values);
            });
            columns.put(table, names);
            rows.put(table, sample);
        });
    }

    /** Runs the step once, counting the rows it added to each table, and prepares the floor of those rows. */
    static AllRowsFloor of(BenchmarkRun run, Runnable step) {
        Map<String, Long> before = counts(run);
        step.run();
        Map<String, Long> after = counts(run);
        Map<String, Long> added = new LinkedHashMap<>();
        after.forEach((table, count) -> {
            long difference = count - before.getOrDefault(table, 0L);
            if (difference > 0) {
                added.put(table, difference);
            }
        });
        return new AllRowsFloor(run, added);
    }

    Map<String, Long> rowsPerTable() {
        return rowsPerTable;
    }

    long rows(java.util.function.Predicate<String> tables) {
        return rowsPerTable.entrySet().stream().filter(e -> tables.test(e.getKey())).mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** Empties the copies (untimed). */
    void clear() {
        var migration = new JdbcTemplate(run.migrationDataSource());
        rowsPerTable.keySet().forEach(table -> migration.execute("TRUNCATE TABLE " + copy(table)));
    }

    /** Inserts every row, table by table, in JDBC batches, one transaction, committed. */
    void insert() {
        BenchmarkCouncil.inOneTransaction(run.migrationDataSource(), connection -> {
            for (var entry : rows.entrySet()) {
                List<String> names = columns.get(entry.getKey());
                BenchmarkCouncil.batch(connection, "INSERT INTO " + copy(entry.getKey()) + " ("
                        + names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", ")) + ") VALUES ("
                        + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")", entry.getValue());
            }
        });
    }

    private static Map<String, Long> counts(BenchmarkRun run) {
        var migration = new JdbcTemplate(run.migrationDataSource());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : migration.queryForList("SELECT TABLE_NAME FROM information_schema.TABLES WHERE "
                + "TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME NOT LIKE 'bench%' "
                + "ORDER BY TABLE_NAME", String.class)) {
            counts.put(table, migration.queryForObject("SELECT COUNT(*) FROM `" + table + "`", Long.class));
        }
        return counts;
    }

    private static String copy(String table) {
        return "`bench_" + table + "`";
    }
}
