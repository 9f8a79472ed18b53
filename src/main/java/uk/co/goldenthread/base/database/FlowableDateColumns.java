package uk.co.goldenthread.base.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flowable's MySQL scripts make its job, timer and event dates TIMESTAMP, which in MariaDB before 11.5 ends on
 * 19 January 2038: a timer due later cannot be stored, so no quarter with deadlines after that could open. After
 * Flowable has created or upgraded its tables, each TIMESTAMP column of theirs becomes DATETIME (at least 3 decimal
 * places), keeping its nullability and default; on every start, since an upgrade may add new ones, and doing nothing
 * once none is left.
 * <p>
 * The values stay the same instants: MariaDB turns each TIMESTAMP into the wall-clock time of the session's time zone,
 * which is what the driver wrote there (the JVM's local time) and reads back, as long as the converting session has
 * the application's time zone, as it has here (same server, same connection settings, session time zone not set).
 */
final class FlowableDateColumns {

    private static final Logger log = LoggerFactory.getLogger(FlowableDateColumns.class);

    private FlowableDateColumns() {
    }

    /** Converts every TIMESTAMP column of Flowable's tables (ACT_*, FLW_*) and says how many it converted. */
    static int convert(DataSource migration) throws SQLException {
        try (Connection connection = migration.getConnection()) {
            Map<String, List<String>> byTable = timestampColumns(connection);
            int converted = 0;
            for (Map.Entry<String, List<String>> table : byTable.entrySet()) {
                try (var statement = connection.createStatement()) {
                    statement.execute("ALTER TABLE `" + table.getKey() + "` " + String.join(", ", table.getValue()));
                }
                converted += table.getValue().size();
            }
            if (converted > 0) {
                log.info("Flowable's dates now run past 2038: {} TIMESTAMP columns of {} tables are DATETIME",
                        converted, byTable.size());
            }
            return converted;
        }
    }

    private static Map<String, List<String>> timestampColumns(Connection connection) throws SQLException {
        Map<String, List<String>> byTable = new LinkedHashMap<>();
        try (var statement = connection.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME, DATETIME_PRECISION,"
                + " IS_NULLABLE, COLUMN_DEFAULT, EXTRA FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND DATA_TYPE = 'timestamp' AND (TABLE_NAME LIKE 'ACT\\_%' OR TABLE_NAME LIKE 'FLW\\_%')"
                + " ORDER BY TABLE_NAME, ORDINAL_POSITION");
                var columns = statement.executeQuery()) {
            while (columns.next()) {
                byTable.computeIfAbsent(columns.getString(1), table -> new ArrayList<>()).add(modify(
                        columns.getString(2), columns.getInt(3), "YES".equals(columns.getString(4)),
                        columns.getString(5), columns.getString(6)));
            }
        }
        return byTable;
    }

    private static String modify(String column, int precision, boolean nullable, @Nullable String defaultValue,
            @Nullable String extra) {
        var definition = new StringBuilder("MODIFY `").append(column).append("` DATETIME(")
                .append(Math.max(3, precision)).append(')').append(nullable ? " NULL" : " NOT NULL");
        if (defaultValue != null && !defaultValue.equalsIgnoreCase("NULL")) {
            definition.append(" DEFAULT ").append(defaultValue.toUpperCase(Locale.ROOT).startsWith("CURRENT_TIMESTAMP")
                    ? defaultValue : "'" + defaultValue.replace("'", "") + "'");
        }
        if (extra != null && extra.toLowerCase(Locale.ROOT).contains("on update")) {
            definition.append(' ').append(extra.substring(extra.toLowerCase(Locale.ROOT).indexOf("on update")));
        }
        return definition.toString();
    }
}
