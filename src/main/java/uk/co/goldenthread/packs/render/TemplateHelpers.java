package uk.co.goldenthread.packs.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.packs.snapshot.PackSnapshot.Measure;

/** What the pack's template calls as {@code f.…}: formatting in the measure's unit, RAG words, the charts. */
public final class TemplateHelpers {

    public String format(Measure m, @Nullable BigDecimal value) {
        return PackReport.format(m, value);
    }

    /** "Band: -2.0% to 0.0%", the target, or "None set". */
    public String target(Measure m) {
        String target = PackReport.target(m);
        return target == null ? "None set" : target;
    }

    public String rag(Measure m) {
        return PackReport.rag(m);
    }

    public String ragClass(Measure m) {
        return PackReport.ragClass(m);
    }

    public String direction(String word) {
        return PackReport.direction(word);
    }

    public String date(@Nullable LocalDate date) {
        return PackReport.date(date);
    }

    public String dateTime(@Nullable LocalDateTime at) {
        return PackReport.dateTime(at);
    }

    public String sparkline(Measure m) {
        return TrendChart.svg(m);
    }

    /** The measure's XmR chart with its summary and data table, or null when its history has fewer than two values. */
    public @Nullable SpcFigure spc(Measure m) {
        return SpcFigure.of(m);
    }

    /** The measure's recent values, with its process control when it has an XmR chart, as one table. */
    public ValuesTable values(Measure m, @Nullable SpcFigure spc) {
        return ValuesTable.of(m, spc);
    }

    public String summaryChart(PackReport.Counts c) {
        return SummaryChart.svg(c);
    }
}
