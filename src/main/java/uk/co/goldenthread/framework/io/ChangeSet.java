package uk.co.goldenthread.framework.io;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.co.goldenthread.framework.io.ImportChange;
import uk.co.goldenthread.framework.io.ImportPreview;

/** The file's rows that a plan adds or changes, table by table, and the measures it retires. */
record ChangeSet(FrameworkTables file, ImportPreview plan) {

    /** The file rows to write to the database for a table, in file order. */
    List<FrameworkTables.Entry> rows(Table table) {
        Set<String> keys = keys(table, Set.of(ImportChange.Kind.ADD, ImportChange.Kind.CHANGE));
        return file.rows(table).stream().filter(e -> keys.contains(e.key())).toList();
    }

    Set<String> keys(Table table, Set<ImportChange.Kind> kinds) {
        Set<String> keys = new HashSet<>();
        for (ImportChange change : plan.changes()) {
            if (change.table().equals(table.sheetName()) && kinds.contains(change.kind())) {
                keys.add(change.key());
            }
        }
        return keys;
    }

    /** How many rows of a table are added, for progress. */
    Map<Table, Integer> sizes() {
        Map<Table, Integer> sizes = new HashMap<>();
        for (Table table : Table.values()) {
            sizes.put(table, keys(table, Set.of(ImportChange.Kind.values())).size());
        }
        return sizes;
    }
}
