package uk.co.goldenthread.packs.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.benchmark.PackBenchmark;
import uk.co.goldenthread.packs.snapshot.PackSnapshot.Measure;

/**
 * The one table of a measure's recent values keeps every figure the history table and the process-control table
 * showed: each period's value as the pack formats it, and that period's mean, limits and variation.
 */
class ValuesTableTest {

    private final Measure measure = PackBenchmark.snapshot(3).measures().get(1);

    @Test
    void everyPeriodHasItsValueAndItsProcessControlInOneRow() {
        SpcFigure spc = SpcFigure.of(measure);
        ValuesTable table = ValuesTable.of(measure, spc);

        assertThat(table.caption()).as("eight points: trial limits").isEqualTo("Recent values of M1 with their process control (trial limits)");
        assertThat(table.headings()).containsExactly("Period", "Value", "Mean", "Lower process limit",
                "Upper process limit", "Variation");
        assertThat(table.rows()).hasSize(measure.history().size());
        for (int i = 0; i < measure.history().size(); i++) {
            List<String> row = table.rows().get(i);
            List<String> control = spc.table().rows().get(i);
            assertThat(row.getFirst()).isEqualTo(measure.history().get(i).period()).isEqualTo(control.getFirst());
            assertThat(row.get(1)).isEqualTo(PackReport.format(measure, measure.history().get(i).value()))
                    .isEqualTo(control.get(1));
            assertThat(row.subList(2, 6)).as(row.getFirst()).isEqualTo(control.subList(2, 6));
        }
        assertThat(table.rows().getLast().get(5)).isNotBlank();
        assertThat(table.rows().getLast().get(2)).endsWith("%");
    }

    @Test
    void withoutAChartTheTableHasOnlyPeriodAndValue() {
        ValuesTable table = ValuesTable.of(measure, null);

        assertThat(table.caption()).isEqualTo("Recent values of M1");
        assertThat(table.headings()).containsExactly("Period", "Value");
        assertThat(table.rows()).extracting(List::getLast)
                .containsExactlyElementsOf(measure.history().stream().map(v -> PackReport.format(measure, v.value()))
                        .toList());
    }
}
