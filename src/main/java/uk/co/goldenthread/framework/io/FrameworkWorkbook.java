package uk.co.goldenthread.framework.io;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A file in the import format as named tables of rows, whatever it came as (XLSX, CSV files, a ZIP of CSV files). */
public record FrameworkWorkbook(Map<Table, List<WorkbookRow>> sheets) {

    public FrameworkWorkbook {
        sheets = sheets.isEmpty() ? Map.of() : new EnumMap<>(sheets);
    }

    /** The rows of a table, or empty when the file has no such sheet ("nothing to say"). */
    public Optional<List<WorkbookRow>> sheet(Table table) {
        return Optional.ofNullable(sheets.get(table));
    }

    public boolean has(Table table) {
        return sheets.containsKey(table);
    }

    public List<WorkbookRow> rows(Table table) {
        return sheets.getOrDefault(table, List.of());
    }
}
