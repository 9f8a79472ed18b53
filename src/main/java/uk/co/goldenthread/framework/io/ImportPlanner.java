package uk.co.goldenthread.framework.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.io.ImportChange;
import uk.co.goldenthread.framework.io.ImportOptions;
import uk.co.goldenthread.framework.io.ImportPreview;
import uk.co.goldenthread.framework.io.ImportProblem;
import uk.co.goldenthread.framework.MeasureStatus;

/**
 * Compares a file's tables with the database's, row by matching key: rows only in the file are added, rows in both
 * with other values are changed (field by field), and, when asked, measures absent from the file's Measures sheet are
 * retired. A table the file does not have is left as it is.
 */
public final class ImportPlanner {

    /** Framework version details a file may leave blank without clearing what the database has. */
    private static final Set<String> KEPT_WHEN_BLANK = Set.of("version", "cut-over date", "first reported", "source",
            "existing measures", "new measures");

    private ImportPlanner() {
    }

    public static ImportPreview plan(FrameworkTables file, FrameworkTables db, ImportOptions options,
            List<ImportProblem> problems) {
        List<ImportChange> changes = new ArrayList<>();
        List<ImportPreview.TableCount> counts = new ArrayList<>();
        for (Table table : Table.values()) {
            if (!file.has(table)) {
                continue;
            }
            int added = 0;
            int changed = 0;
            int retired = 0;
            for (FrameworkTables.Entry row : file.rows(table)) {
                var existing = db.find(table, row.key());
                if (existing.isEmpty()) {
                    changes.add(new ImportChange(table.sheetName(), row.key(), ImportChange.Kind.ADD, added(table, row)));
                    added++;
                } else {
                    List<ImportChange.Field> fields = differences(table, existing.get(), row);
                    if (!fields.isEmpty()) {
                        changes.add(new ImportChange(table.sheetName(), row.key(), ImportChange.Kind.CHANGE, fields));
                        changed++;
                    }
                }
            }
            if (table == Table.MEASURES && options.retireMeasuresNotInFile()) {
                for (FrameworkTables.Entry measure : db.rows(Table.MEASURES)) {
                    String status = measure.get("status");
                    if (!file.contains(Table.MEASURES, measure.key()) && !status.equals(MeasureStatus.RETIRED.label())) {
                        changes.add(new ImportChange(table.sheetName(), measure.key(), ImportChange.Kind.RETIRE,
                                List.of(new ImportChange.Field("status", status, MeasureStatus.RETIRED.label()))));
                        retired++;
                    }
                }
            }
            counts.add(new ImportPreview.TableCount(table.sheetName(), added, changed, retired));
        }
        return new ImportPreview(counts, changes, problems);
    }

    private static List<ImportChange.Field> added(Table table, FrameworkTables.Entry row) {
        return table.columns().stream().filter(c -> !row.get(c).isEmpty())
                .map(c -> new ImportChange.Field(c, null, row.get(c))).toList();
    }

    private static List<ImportChange.Field> differences(Table table, FrameworkTables.Entry old, FrameworkTables.Entry now) {
        List<ImportChange.Field> fields = new ArrayList<>();
        for (String column : table.columns()) {
            String before = old.get(column);
            String after = now.get(column);
            boolean kept = table == Table.FRAMEWORK && KEPT_WHEN_BLANK.contains(column) && after.isEmpty();
            if (!kept && !Objects.equals(before, after)) {
                fields.add(new ImportChange.Field(column, blankAsNull(before), blankAsNull(after)));
            }
        }
        return fields;
    }

    private static @Nullable String blankAsNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
