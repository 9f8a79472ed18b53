package uk.co.goldenthread.framework.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.Labelled;
import uk.co.goldenthread.framework.measures.SpcLimits;

/** Reads the cells of one row into canonical text, adding a problem (sheet, row, column, reason) for each bad cell. */
final class RowReader {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})/(\\d{2}|\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("Q([1-4])", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIOD = Pattern.compile("(?:Q([1-4]) )?(\\d{4})/(\\d{2})(?: Q([1-4]))?",
            Pattern.CASE_INSENSITIVE);

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

    /** The canonical value of a column read so far; blank when it was not read, as {@code FrameworkTables.Entry} has it. */
    String value(String column) {
        return values.getOrDefault(column, "");
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

    /**
     * Reads a cell through {@code parse}, which gives its canonical text or empty when the text is not acceptable;
     * blank gives {@code whenBlank}; a refused value adds the problem "'text' " + {@code reason} and reads as blank.
     */
    private String read(String column, String whenBlank, Function<String, Optional<String>> parse, String reason) {
        return read(column, whenBlank, parse, () -> reason);
    }

    /** As above, with the reason made only for a refused value (a list of choices is long to make for every cell). */
    private String read(String column, String whenBlank, Function<String, Optional<String>> parse,
            Supplier<String> reason) {
        String text = row.text(column);
        if (text.isEmpty()) {
            return put(column, whenBlank);
        }
        return put(column, parse.apply(text).orElseGet(() -> {
            problem(column, "'" + text + "' " + reason.get());
            return "";
        }));
    }

    /** A word from a fixed list, as its label; blank gives the default (which may be ""). */
    <E extends Enum<E> & Labelled> String label(String column, Class<E> type, String whenBlank) {
        return read(column, whenBlank, text -> Labelled.parse(type, text).map(Labelled::label),
                () -> "is not allowed here; use one of: " + Labelled.choices(type) + ".");
    }

    /** A word from a list that is not a {@link Labelled} type (such as polarity), matched ignoring case. */
    String choice(String column, List<String> allowed, String whenBlank) {
        return read(column, whenBlank, text -> allowed.stream().filter(text::equalsIgnoreCase).findFirst(),
                () -> "is not allowed here; use one of: " + String.join(", ", allowed) + ".");
    }

    String number(String column) {
        return read(column, "", text -> decimal(text).map(RowReader::canonical), "is not a number; use digits with "
                + "a full stop for decimals and no thousands separators or units, for example 1250.5.");
    }

    /**
     * A stable-within threshold: an amount in the measure's unit ("0.5") or a percentage of the earlier value ("2%");
     * zero is the default and reads as blank, so writing 0 over blank is no change.
     */
    String stableWithin(String column) {
        return read(column, "", text -> {
            boolean percent = text.endsWith("%");
            return decimal(percent ? text.substring(0, text.length() - 1).strip() : text)
                    .filter(d -> d.signum() >= 0 && (!percent || d.compareTo(BigDecimal.valueOf(100)) <= 0))
                    .map(d -> d.signum() == 0 ? "" : canonical(d) + (percent ? "%" : ""));
        }, "is not a threshold; give an amount in the measure's unit such as 0.5, or a percentage of the earlier "
                + "value such as 2%, 0 or more (a percentage at most 100%).");
    }

    /** A quarter of a year such as Q4 2020/21, written as its label. */
    String quarterOfYear(String column) {
        return read(column, "", text -> SpcLimits.quarter(text).map(FinancialQuarter::label),
                "is not a quarter; write it as Q4 2020/21.");
    }

    /** Quarters such as "Q1 2021/22; Q3 2022/23", each written as its label. */
    String quarters(String column) {
        return read(column, "", text -> {
            List<String> quarters = SpcLimits.quarters(text);
            return quarters.stream().allMatch(q -> SpcLimits.quarter(q).isPresent())
                    ? Optional.of(String.join("; ", quarters)) : Optional.empty();
        }, "is not a list of quarters; write them as Q1 2021/22; Q3 2022/23.");
    }

    String whole(String column, int min, int max, int whenBlank) {
        return read(column, String.valueOf(whenBlank), text -> decimal(text).filter(d -> d.stripTrailingZeros()
                .scale() <= 0 && d.compareTo(BigDecimal.valueOf(min)) >= 0 && d.compareTo(BigDecimal.valueOf(max)) <= 0)
                .map(d -> String.valueOf(d.intValue())), "must be a whole number from " + min + " to " + max + ".");
    }

    /** The count or denominator behind a value: a whole number, 0 or more; blank when the source gives none. */
    String count(String column) {
        return read(column, "", text -> decimal(text).filter(d -> d.signum() >= 0 && d.stripTrailingZeros().scale() <= 0)
                .map(RowReader::canonical), "is not a count; give the whole number behind the value (its count or "
                + "denominator), such as 12, or leave it blank.");
    }

    String date(String column) {
        return read(column, "", text -> {
            try {
                return Optional.of(LocalDate.parse(text).toString());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }, "is not a date; write dates as year-month-day, for example 2019-10-01.");
    }

    /** A financial year such as 2019/20 (consecutive years); blank stays blank. */
    String financialYear(String column) {
        return read(column, "", text -> Optional.of(YEAR.matcher(text)).filter(Matcher::matches).filter(m -> {
            int start = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(2));
            return end == start + 1 || end == (start + 1) % 100;
        }).map(m -> m.group(1) + "/" + String.format("%02d", (Integer.parseInt(m.group(1)) + 1) % 100)),
                "is not a financial year; write it like 2019/20, with consecutive years.");
    }

    String quarter(String column) {
        return read(column, "", text -> Optional.of(QUARTER.matcher(text)).filter(Matcher::matches)
                .map(m -> "Q" + m.group(1)), "is not a quarter; use Q1, Q2, Q3 or Q4 (April to June is Q1), or leave "
                + "it blank for the whole year.");
    }

    /** A period of a past value: "2017/18 Q3" (or "Q3 2017/18") for a quarter, "2018/19" for a whole year. */
    String period(String column) {
        return read(column, "", text -> {
            Matcher m = PERIOD.matcher(text.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            int start = Integer.parseInt(m.group(2));
            if (Integer.parseInt(m.group(3)) != (start + 1) % 100) {
                return Optional.empty();
            }
            String quarter = m.group(1) != null ? m.group(1) : m.group(4);
            return Optional.of(m.group(2) + "/" + m.group(3) + (quarter == null ? "" : " Q" + quarter));
        }, "is not a period; write a quarter like 2017/18 Q3 (April to June is Q1) or a whole year like 2018/19.");
    }

    private static Optional<BigDecimal> decimal(String text) {
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
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
