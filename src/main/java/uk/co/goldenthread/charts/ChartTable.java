package uk.co.goldenthread.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.performance.ProcessLimits;
import uk.co.goldenthread.performance.SpcPoint;
import uk.co.goldenthread.performance.SpcResult;
import uk.co.goldenthread.performance.SpcRule;
import uk.co.goldenthread.performance.ValueFormat;

/**
 * The data table that goes with every chart: a caption, column headings and rows of text, ready for a Vaadin grid,
 * an HTML table in the pack, or a PDF.
 */
public record ChartTable(String caption, List<String> headings, List<List<String>> rows) {

    public ChartTable {
        headings = List.copyOf(headings);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * Period, value, target and notes (provisional, imported history, small number, same period last year) of every
     * period.
     */
    public static ChartTable of(ChartData data) {
        List<List<String>> rows = new ArrayList<>();
        for (ChartPoint point : data.points()) {
            List<String> notes = new ArrayList<>();
            if (point.provisional()) {
                notes.add("provisional");
            }
            if (point.importedHistory()) {
                notes.add("imported history");
            }
            if (point.smallNumber()) {
                notes.add("small number: not rated");
            }
            if (point.period().equals(data.samePeriodLastYear())) {
                notes.add("same period last year");
            }
            rows.add(List.of(point.period(), value(data.format(), point.value()), value(data.format(), point.target()),
                    String.join("; ", notes)));
        }
        return new ChartTable("Values of " + data.title(), List.of("Period", "Value", "Target", "Notes"), rows);
    }

    /** Period, value, mean, limits and the variation with the rules that found it, for each plotted point. */
    public static ChartTable of(ChartData data, SpcResult spc) {
        ValueFormat format = data.format();
        List<List<String>> rows = new ArrayList<>();
        for (SpcPoint point : spc.points()) {
            ProcessLimits limits = point.limits();
            String signal = point.variation().label() + (point.signals().isEmpty() ? "" : ": "
                    + String.join("; ", point.signals().stream().sorted().map(SpcRule::description).toList()));
            rows.add(List.of(point.period(), format.value(point.value()) + (point.provisional() ? " (provisional)" : ""),
                    limits == null ? "" : format.value(limits.mean()), limits == null ? "" : format.value(limits.lower()),
                    limits == null ? "" : format.value(limits.upper()), signal));
        }
        return new ChartTable("Process control of " + data.title() + (spc.trial() ? " (trial limits)" : ""),
                List.of("Period", "Value", "Mean", "Lower process limit", "Upper process limit", "Variation"), rows);
    }

    private static String value(ValueFormat format, @Nullable BigDecimal value) {
        return value == null ? "" : format.value(value);
    }
}
