package uk.co.goldenthread.framework.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A framework as tables of rows in canonical text (labels as the format spells them, numbers without trailing zeros,
 * lists sorted), keyed by each table's matching key. The database and an import file are both turned into this, so
 * comparing them gives the import's changes, and writing it out gives the export.
 */
public final class FrameworkTables {

    /**
     * One row: its key, its values by column (blank as "": only the columns with a value are kept), and its row in the
     * file (0 when from the database).
     */
    public record Entry(String key, Map<String, String> values, int rowNumber) {

        public String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    private final Map<Table, Map<String, Entry>> tables = new EnumMap<>(Table.class);
    /**
     * Each value once: a framework's rows repeat most of their values (directorates, areas, units, owners...), and the
     * import holds the file's tables and the database's at once, tens of thousands of rows.
     */
    private final Map<String, String> sharedValues = new HashMap<>();

    /** Declares a table as present (a file's sheet may be present and empty). */
    public void declare(Table table) {
        tables.computeIfAbsent(table, t -> new LinkedHashMap<>());
    }

    /** Adds a row; returns the row already holding the same key instead, if there is one. */
    public Optional<Entry> add(Table table, Map<String, String> values, int rowNumber) {
        Map<String, String> given = new HashMap<>();
        for (String column : table.columns()) {
            String value = values.getOrDefault(column, "");
            if (!value.isEmpty()) {
                given.put(column, sharedValues.computeIfAbsent(value, v -> v));
            }
        }
        String key = key(table, given);
        Entry existing = tables.computeIfAbsent(table, t -> new LinkedHashMap<>()).putIfAbsent(key,
                new Entry(key, Map.copyOf(given), rowNumber));
        return Optional.ofNullable(existing);
    }

    public boolean has(Table table) {
        return tables.containsKey(table);
    }

    public Set<Table> tables() {
        return tables.keySet();
    }

    public Collection<Entry> rows(Table table) {
        return tables.getOrDefault(table, Map.of()).values();
    }

    public Optional<Entry> find(Table table, String key) {
        return Optional.ofNullable(tables.getOrDefault(table, Map.of()).get(key));
    }

    public boolean contains(Table table, String key) {
        return tables.getOrDefault(table, Map.of()).containsKey(key);
    }

    /** The rows as lists of cells in the table's column order, for writing. */
    public List<List<String>> cells(Table table) {
        List<List<String>> cells = new ArrayList<>();
        for (Entry entry : rows(table)) {
            cells.add(table.columns().stream().map(entry::get).toList());
        }
        return cells;
    }

    /** The key of a row: its key columns' values joined, e.g. "WAR-KBM-01, 2019/20, Q3". */
    public static String key(Table table, Map<String, String> values) {
        if (table.keyColumns().isEmpty()) {
            return table.sheetName();
        }
        List<String> parts = new ArrayList<>();
        for (String column : table.keyColumns()) {
            String value = values.getOrDefault(column, "");
            if (!value.isEmpty()) {
                parts.add(value);
            }
        }
        return String.join(", ", parts);
    }
}
