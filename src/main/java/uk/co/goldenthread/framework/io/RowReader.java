package uk.co.goldenthread.framework.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.co.goldenthread.framework.ImportProblem;
import uk.co.goldenthread.framework.Labelled;

/** Reads the cells of one row into canonical text, adding a problem (sheet, row, column, reason) for each bad cell. */
final class RowReader {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})/(\\d{2}|\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("Q([1-4])", Pattern.CASE_INSENSITIVE);

    private final WorkbookRow row;
    private final List<ImportProblem> problems;
    private final Map<String, String> values = new LinkedHashMap<>();

    RowReader(WorkbookRow row, List<ImportProblem> problems) {
        this.row = row;
        this.problems = problems;
    }

    WorkbookRow row() {
        return row;
    }

    /** The canonical values read so far, by column. */
    Map<String, String> values() {
        return values;
    }

    String put(String column, String value) {
        values.put(column, value);
        return value;
    }

    void problem(String column, String reason) {
        problems.add(new ImportProblem(row.sheet(), row.number(), row.column(column), reason));
    }

    String text(String column) {
        return put(column, row.text(column));
    }

    String required(String column, String why) {
        String text = text(column);
        if (text.isEmpty()) {
            problem(column, "is blank; " + why + ".");
        }
        return text;
    }

    /** A word from a fixed list, as its label; blank gives the default (which may be ""). */
    <E extends Enum<E> & Labelled> String label(String column, Class<E> type, String whenBlank) {
        String text = row.text(column);
        if (text.isEmpty()) {
            return put(column, whenBlank);
        }
        return put(column, Labelled.parse(type, text).map(Labelled::label).orElseGet(() -> {
            problem(column, "'" + text + "' is not allowed here; use one of: " + Labelled.choices(type) + ".");
            return "";
        }));
    }

    /** A word from a list that is not a {@link Labelled} type (such as polarity), matched ignoring case. */
    String choice(String column, List<String> allowed, String whenBlank) {
        String text = row.text(column);
        if (text.isEmpty()) {
            return put(column, whenBlank);
        }
        return put(column, allowed.stream().filter(text::equalsIgnoreCase).findFirst().orElseGet(() -> {
            problem(column, "'" + text + "' is not allowed here; use one of: " + String.join(", ", allowed) + ".");
            return "";
        }));
    }

    String number(String column) {
        String text = row.text(column);
        if (text.isEmpty()) {
            return put(column, "");
        }
        try {
            return put(column, canonical(new BigDecimal(text)));
        } catch (NumberFormatException e) {
            problem(column, "'" + text + "' is not a number; use digits with a full stop for decimals and no thousands "
                    + "separators or units, for example 1250.5.");
            return put(column, "");
        }
    }

    String whole(String column, int min, int max, int whenBlank) {
        String text = row.text(column);
        if (text.isEmpty()) {
            return put(column, String.valueOf(whenBlank));
        }
        try {
            int value = new BigDecimal(text).intValueExact();
            if (value >= min && value <= max) {
                return put(column, String.valueOf(value));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        problem(column, "'" + text + "' must be a whole number from " + min + " to " + max + ".");
        return put(column, "");
    }

    String date(String column) {
        String text = row.text(column);
        if (text.isEmpty()) {
            return put(column, "");
        }
        try {
            return put(column, LocalDate.parse(text).toString());
        } catch (DateTimeParseException e) {
            problem(column, "'" + text + "' is not a date; write dates as year-month-day, for example 2019-10-01.");
            return put(column, "");
        }
    }

    /** A financial year such as 2019/20 (consecutive years); blank stays blank. */
    String financialYear(String column) {
        String text = row.text(column);
        if (text.isEmpty()) {
            return put(column, "");
        }
        Matcher m = YEAR.matcher(text);
        if (m.matches()) {
            int start = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(2));
            if (end == start + 1 || end == (start + 1) % 100) {
                return put(column, start + "/" + String.format("%02d", (start + 1) % 100));
            }
        }
        problem(column, "'" + text + "' is not a financial year; write it like 2019/20, with consecutive years.");
        return put(column, "");
    }

    String quarter(String column) {
        String text = row.text(column);
        if (text.isEmpty()) {
            return put(column, "");
        }
        Matcher m = QUARTER.matcher(text);
        if (m.matches()) {
            return put(column, "Q" + m.group(1));
        }
        problem(column, "'" + text + "' is not a quarter; use Q1, Q2, Q3 or Q4 (April to June is Q1), or leave it blank "
                + "for the whole year.");
        return put(column, "");
    }

    String yes(String column) {
        String text = row.text(column).toLowerCase(Locale.UK);
        if (List.of("yes", "y", "true").contains(text)) {
            return put(column, "yes");
        }
        if (!List.of("", "no", "n", "false").contains(text)) {
            problem(column, "'" + row.text(column) + "' should be yes or blank.");
        }
        return put(column, "");
    }

    String username(String column) {
        return put(column, row.text(column).toLowerCase(Locale.UK));
    }

    /** A ;-list, each item stripped, blank items dropped, sorted so that order does not count as a change. */
    List<String> list(String column) {
        List<String> items = Arrays.stream(row.text(column).split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .sorted().distinct().toList();
        put(column, String.join("; ", items));
        return items;
    }

    static String canonical(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
