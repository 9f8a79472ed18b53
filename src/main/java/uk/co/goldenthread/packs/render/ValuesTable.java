package uk.co.goldenthread.packs.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.packs.snapshot.PackSnapshot.Measure;
import uk.co.goldenthread.packs.snapshot.PackSnapshot.PeriodValue;

/**
 * A measure's recent values in one table that follows both its charts: each period's value (provisional said so) and,
 * when the measure has its XmR chart, that period's mean, process limits and variation with the rules that found it.
 * One table instead of a history table and a process-control table: the same figures, half the tagged cells in the PDF.
 */
public record ValuesTable(String caption, List<String> headings, List<List<String>> rows) {

    public ValuesTable {
        headings = List.copyOf(headings);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A row as the template writes it: the period, the row's heading, then its other cells. */
    public record Row(String period, List<String> cells) {
    }

    /** The rows split into heading and cells, so that the template loops only over the cells it writes. */
    public List<Row> body() {
        return rows.stream().map(row -> new Row(row.getFirst(), row.subList(1, row.size()))).toList();
    }

    public static ValuesTable of(Measure m, @Nullable SpcFigure spc) {
        if (spc == null) {
            return new ValuesTable("Recent values of " + m.code(), List.of("Period", "Value"),
                    m.history().stream().map(v -> List.of(v.period(), value(m, v))).toList());
        }
        Map<String, List<String>> control = new HashMap<>();
        spc.table().rows().forEach(row -> control.put(row.getFirst(), row));
        List<List<String>> rows = new ArrayList<>();
        for (PeriodValue v : m.history()) {
            List<String> row = control.get(v.period());
            rows.add(row == null ? List.of(v.period(), value(m, v), "", "", "", "")
                    : List.of(v.period(), value(m, v), row.get(2), row.get(3), row.get(4), row.get(5)));
        }
        return new ValuesTable("Recent values of " + m.code() + " with their process control"
                + (spc.table().caption().endsWith("(trial limits)") ? " (trial limits)" : ""),
                List.of("Period", "Value", "Mean", "Lower process limit", "Upper process limit", "Variation"), rows);
    }

    private static String value(Measure m, PeriodValue v) {
        return PackReport.format(m, v.value()) + (v.provisional() ? " (provisional)" : "");
    }
}
