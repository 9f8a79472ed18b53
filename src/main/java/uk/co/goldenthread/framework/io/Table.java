package uk.co.goldenthread.framework.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The tables of the import format (FORMAT.md): sheet name, CSV file name, columns, and the columns that form the key. */
public enum Table {
    FRAMEWORK("Framework", List.of("council", "vision", "version", "cut-over date", "first reported", "source",
            "existing measures", "new measures"),
            List.of()),
    PEOPLE("People", List.of("username", "full name", "job title", "email", "roles", "left on"), List.of("username")),
    OUTCOMES("Outcomes", List.of("code", "title", "parent", "level"), List.of("code")),
    DIRECTORATES("Directorates", List.of("name", "strategic director"), List.of("name")),
    COMMISSIONING_AREAS("Commissioning areas", List.of("name", "directorate", "ad commissioning", "ad delivery"),
            List.of("directorate", "name")),
    MEASURES("Measures", List.of("code", "type", "title", "definition", "directorate", "commissioning area", "outcome",
            "owner", "unit", "decimal places", "polarity", "band lower", "band upper", "tolerance", "frequency",
            "data source", "baseline value", "baseline period", "proxy", "proxy rationale", "status",
            "new or carried over", "oba", "scorecard block", "improvement category", "improvement lead", "notes",
            "stable within", "minimum count", "spc fixed until", "spc change points"),
            List.of("code")),
    TARGETS("Targets", List.of("measure", "financial year", "quarter", "target"),
            List.of("measure", "financial year", "quarter")),
    INTENTIONS("Intentions", List.of("code", "title", "kind", "commissioning area", "outcome", "owner", "measures"),
            List.of("code")),
    MILESTONES("Milestones", List.of("intention", "milestone", "due"), List.of("intention", "milestone")),
    COMPARATORS("Comparators", List.of("measure", "comparator", "period", "value"),
            List.of("measure", "comparator", "period")),
    VALUES("Values", List.of("measure", "period", "value", "data as at", "provisional", "source", "count"),
            List.of("measure", "period"));

    /** A sheet of guidance in the template; it is ignored on import. */
    public static final String INSTRUCTIONS = "Instructions";

    private final String sheetName;
    private final List<String> columns;
    private final List<String> keyColumns;

    Table(String sheetName, List<String> columns, List<String> keyColumns) {
        this.sheetName = sheetName;
        this.columns = columns;
        this.keyColumns = keyColumns;
    }

    public String sheetName() {
        return sheetName;
    }

    public List<String> columns() {
        return columns;
    }

    public List<String> keyColumns() {
        return keyColumns;
    }

    /** What one row is called in the audit trail, e.g. "Measure". */
    public String singular() {
        return switch (this) {
            case PEOPLE -> "Person";
            case FRAMEWORK -> "Framework";
            default -> sheetName.substring(0, sheetName.length() - 1);
        };
    }

    /** The CSV file of this table: lower case, spaces as hyphens, e.g. commissioning-areas.csv. */
    public String fileName() {
        return sheetName.toLowerCase(Locale.UK).replace(' ', '-') + ".csv";
    }

    /** The table a sheet or CSV file is named after, ignoring case. */
    public static Optional<Table> named(String sheetOrFileName) {
        String wanted = sheetOrFileName.strip().toLowerCase(Locale.UK);
        String base = wanted.contains("/") ? wanted.substring(wanted.lastIndexOf('/') + 1) : wanted;
        return Arrays.stream(values()).filter(t -> t.sheetName.toLowerCase(Locale.UK).equals(base)
                || t.fileName().equals(base)).findFirst();
    }

    public static String sheetNames() {
        return String.join(", ", Arrays.stream(values()).map(Table::sheetName).toList());
    }
}
