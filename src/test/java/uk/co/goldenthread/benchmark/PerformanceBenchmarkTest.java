package uk.co.goldenthread.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The performance benchmark in a bounded size, so verify keeps it working; the timings mean nothing here. */
class PerformanceBenchmarkTest {

    @Test
    void theBenchmarkRunsAndReportsEveryLine() {
        List<String> report = PerformanceBenchmark.run(200, 20, 2);
        assertThat(report).hasSize(5);
        assertThat(report.get(1)).startsWith("SPC + RAG + directions").contains("min", "median", "max");
        assertThat(report.get(3)).startsWith("SVG trend + SPC charts");
        assertThat(PerformanceBenchmark.generate(50)).allSatisfy(series -> assertThat(series).hasSize(40));
    }
}
