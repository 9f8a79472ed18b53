package uk.co.goldenthread.framework.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.co.goldenthread.base.TextLimits;

/**
 * Checks an import file against the format and against itself and the database, collecting every problem (it never
 * stops at the first), and gives the file's tables in canonical text for planning. Missing targets, baselines and
 * owners are not problems: the data-quality view reports them.
 */
public final class FrameworkValidator {

    /** The file's tables in canonical text, and every problem found. */
    public record Result(FrameworkTables file, List<ImportProblem> problems) {
    }

    private static final Map<Table, Consumer<RowReader>> FORMATS = new EnumMap<>(Map.of(
            Table.FRAMEWORK, RowFormats::framework, Table.PEOPLE, RowFormats::person,
            Table.OUTCOMES, RowFormats::outcome, Table.DIRECTORATES, RowFormats::directorate,
            Table.COMMISSIONING_AREAS, RowFormats::area, Table.MEASURES, RowFormats::measure,
            Table.TARGETS, RowFormats::target, Table.INTENTIONS, RowFormats::intention,
            Table.MILESTONES, RowFormats::milestone, Table.COMPARATORS, RowFormats::comparator));

    static {
        FORMATS.put(Table.VALUES, RowFormats::value);
    }

    private FrameworkValidator() {
    }

    /** Validates a workbook against the database's tables (used to resolve references the file does not hold). */
    public static Result validate(FrameworkWorkbook workbook, FrameworkTables database) {
        return validate(workbook, database, null);
    }

    /** As {@link #validate(FrameworkWorkbook, FrameworkTables)}; past values after {@code currentQuarter} are refused. */
    public static Result validate(FrameworkWorkbook workbook, FrameworkTables database,
            uk.co.goldenthread.base.@org.jspecify.annotations.Nullable FinancialQuarter currentQuarter) {
        List<ImportProblem> problems = new ArrayList<>();
        FrameworkTables file = new FrameworkTables();
        Map<Table, List<RowReader>> readers = new EnumMap<>(Table.class);
        for (Table table : Table.values()) {
            workbook.sheet(table).ifPresent(rows -> {
                file.declare(table);
                readers.put(table, read(table, rows, file, problems));
            });
        }
        new ReferenceChecks(file, database, readers, problems).run();
        new ValueChecks(file, database, readers.getOrDefault(Table.VALUES, List.of()), currentQuarter).run();
        return new Result(file, problems);
    }

    private static List<RowReader> read(Table table, List<WorkbookRow> rows, FrameworkTables file,
            List<ImportProblem> problems) {
        List<RowReader> readers = new ArrayList<>();
        for (WorkbookRow row : rows) {
            var reader = new RowReader(row, problems);
            if (table == Table.FRAMEWORK && !readers.isEmpty()) {
                reader.problem("council", "is a second row; the Framework sheet has one row only.");
                continue;
            }
            Consumer<RowReader> format = FORMATS.get(table);
            if (format == null) {
                throw new IllegalStateException("No row format for the " + table.sheetName() + " sheet");
            }
            format.accept(reader);
            checkLengths(reader);
            String key = FrameworkTables.key(table, reader.values());
            if (!table.keyColumns().isEmpty() && key.isEmpty()
                    || table == Table.VALUES && reader.value("period").isEmpty()) {
                continue;
            }
            file.add(table, reader.values(), row.number()).ifPresentOrElse(
                    first -> reader.problem(table.keyColumns().getLast(), "repeats " + describe(table, key)
                            + " of row " + first.rowNumber() + "; each must appear once."),
                    () -> readers.add(reader));
        }
        return readers;
    }

    /** Longest text each column's database field holds; a longer value is refused rather than cut. */
    private static final Map<String, Integer> LIMITS = Map.ofEntries(Map.entry("code", TextLimits.CODE),
            Map.entry("username", 100), Map.entry("full name", 200), Map.entry("job title", 200), Map.entry("email", 254),
            Map.entry("name", TextLimits.NAME), Map.entry("council", TextLimits.NAME),
            Map.entry("version", TextLimits.NAME), Map.entry("source", TextLimits.TITLE),
            Map.entry("title", TextLimits.TITLE), Map.entry("data source", TextLimits.TITLE),
            Map.entry("baseline period", TextLimits.CODE), Map.entry("period", TextLimits.CODE),
            Map.entry("milestone", TextLimits.TITLE), Map.entry("data as at", TextLimits.CODE),
            Map.entry("vision", TextLimits.LONG_TEXT), Map.entry("definition", TextLimits.LONG_TEXT),
            Map.entry("proxy rationale", TextLimits.LONG_TEXT), Map.entry("notes", TextLimits.LONG_TEXT),
            Map.entry("spc fixed until", TextLimits.CODE), Map.entry("spc change points", TextLimits.TITLE));

    private static void checkLengths(RowReader reader) {
        reader.values().forEach((column, value) -> {
            Integer limit = LIMITS.get(column);
            if (limit != null && value.length() > limit) {
                reader.problem(column, "is " + value.length() + " characters long; at most " + limit + " fit.");
            }
        });
    }

    private static String describe(Table table, String key) {
        return switch (table) {
            case PEOPLE -> "the username '" + key + "'";
            case DIRECTORATES, COMMISSIONING_AREAS -> "the name '" + key + "'";
            case TARGETS -> "the target " + key;
            case MILESTONES -> "the milestone " + key;
            case COMPARATORS -> "the comparator " + key;
            case VALUES -> "the value " + key;
            default -> "the code '" + key + "'";
        };
    }
}
