package uk.co.goldenthread.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes a large generated council straight into the tables: setting it up is not what is measured. */
final class BenchmarkCouncil {

    private BenchmarkCouncil() {
    }

    /** The council, with a target for every measure in each financial year from {@code fromYear} to {@code toYear}. */
    static void create(JdbcTemplate jdbc, int areas, int kbms, int kbis, int fromYear, int toYear) {
        List<Object[]> people = new ArrayList<>();
        people.add(new Object[] {"bench.pt", "Benchmark Performance Officer"});
        for (int i = 0; i < areas; i++) {
            people.add(new Object[] {"bench.add." + i, "Benchmark AD Delivery " + i});
            people.add(new Object[] {"bench.adc." + i, "Benchmark AD Commissioning " + i});
        }
        for (int d = 0; d < 5; d++) {
            people.add(new Object[] {"bench.sd." + d, "Benchmark Strategic Director " + d});
        }
        jdbc.batchUpdate("INSERT INTO person (username, full_name, job_title, active) VALUES (?, ?, 'Benchmark', TRUE)", people);
        jdbc.update("INSERT INTO person_role (person_id, role) SELECT id, CASE "
                + "WHEN username LIKE 'bench.add.%' THEN 'AD_DELIVERY' WHEN username LIKE 'bench.adc.%' THEN 'AD_COMMISSIONING' "
                + "WHEN username LIKE 'bench.sd.%' THEN 'STRATEGIC_DIRECTOR' ELSE 'PERFORMANCE_TEAM' END "
                + "FROM person WHERE username LIKE 'bench.%'");
        for (int d = 0; d < 5; d++) {
            jdbc.update("INSERT INTO directorate (name, strategic_director_id) SELECT ?, id FROM person WHERE username = ?",
                    "Benchmark directorate " + d, "bench.sd." + d);
        }
        for (int a = 0; a < areas; a++) {
            jdbc.update("INSERT INTO commissioning_area (name, directorate_id, ad_commissioning_id) "
                    + "SELECT ?, d.id, p.id FROM directorate d, person p WHERE d.name = ? AND p.username = ?",
                    "Benchmark area " + a, "Benchmark directorate " + (a % 5), "bench.adc." + a);
            jdbc.update("INSERT INTO commissioning_area_delivery (area_id, person_id) SELECT a.id, p.id "
                    + "FROM commissioning_area a, person p WHERE a.name = ? AND p.username = ?",
                    "Benchmark area " + a, "bench.add." + a);
        }
        Map<String, Long> areaIds = ids(jdbc, "SELECT name, id FROM commissioning_area");
        Map<String, Long> personIds = ids(jdbc, "SELECT username, id FROM person");
        List<Object[]> measures = new ArrayList<>();
        for (int m = 0; m < kbms + kbis; m++) {
            boolean kbm = m < kbms;
            int area = m % areas;
            measures.add(new Object[] {(kbm ? "BKBM-" : "BKBI-") + m, kbm ? "KBM" : "KBI", "Benchmark measure " + m,
                    areaIds.get("Benchmark area " + area),
                    personIds.get(kbm ? "bench.adc." + area : "bench.add." + area)});
        }
        jdbc.batchUpdate("INSERT INTO measure (code, kind, title, area_id, owner_id, unit, decimal_places, polarity, "
                + "tolerance, frequency, status, version) VALUES (?, ?, ?, ?, ?, 'PERCENT', 1, 'HIGHER_IS_BETTER', "
                + "5, 'QUARTERLY', 'ACTIVE', 0)", measures);
        for (int year = fromYear; year <= toYear; year++) {
            jdbc.update("INSERT INTO measure_target (measure_id, financial_year, target_value) "
                    + "SELECT id, ?, 50 FROM measure WHERE code LIKE 'B%'", year);
        }
    }

    private static Map<String, Long> ids(JdbcTemplate jdbc, String sql) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(sql, row -> {
            ids.put(row.getString(1), row.getLong(2));
        });
        return ids;
    }

    /**
     * Empties (creating them the first time) the benchmark-only copies of quarterly_return and return_line: scratch
     * tables need DDL, so they are the migration account's, not the application's.
     */
    static void clearBaseline(BenchmarkRun run) {
        var migration = new JdbcTemplate(run.migrationDataSource());
        migration.execute("CREATE TABLE IF NOT EXISTS bench_return LIKE quarterly_return");
        migration.execute("CREATE TABLE IF NOT EXISTS bench_line LIKE return_line");
        migration.execute("TRUNCATE TABLE bench_line");
        migration.execute("TRUNCATE TABLE bench_return");
    }

    /**
     * The rows opening a quarter writes to returns and lines (application rows only), by plain JDBC batches in one
     * transaction, committed.
     */
    static void baselineInsert(BenchmarkRun run, int returns, int lines) {
        List<Object[]> returnRows = new ArrayList<>();
        for (int r = 0; r < returns; r++) {
            returnRows.add(new Object[] {1L, (long) r, (long) r});
        }
        List<Object[]> lineRows = new ArrayList<>();
        for (int l = 0; l < lines; l++) {
            lineRows.add(new Object[] {l + 1L, (long) (l % returns), (long) l, l, 50});
        }
        inOneTransaction(run.migrationDataSource(), connection -> {
            batch(connection, "INSERT INTO bench_return (quarter_id, area_id, ad_delivery_id, status, version) "
                    + "VALUES (?, ?, ?, 'DRAFT', 0)", returnRows);
            batch(connection, "INSERT INTO bench_line (id, return_id, measure_id, sort_order, target_value) "
                    + "VALUES (?, ?, ?, ?, ?)", lineRows);
        });
    }

    interface Work {
        void run(Connection connection) throws SQLException;
    }

    /** The work in one transaction on one connection, committed (the commit is part of the work's time). */
    static void inOneTransaction(DataSource dataSource, Work work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One prepared statement, every row added to its batch, executed in batches of 1,000. */
    static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int count = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
                if (++count % 1000 == 0) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
    }
}
