package uk.co.goldenthread.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quarter-cycle and framework-import benchmarks, tiny (a council of 3 areas, 2 repeats after 1 warm-up, an import
 * of 20 measures), on one application of their own, so that verify keeps them working. Timings mean nothing here
 * (and the database runs on the tests' settings); what is checked is that every step of every thread succeeded,
 * that the server reports the settings asked for, and that the JSON file holds every figure.
 */
class BenchmarksSmokeTest {

    @Test
    void bothBenchmarksRunSmallAndWriteTheirFigures() throws Exception {
        Map<String, Object> figures;
        Path json;
        try (BenchmarkRun run = BenchmarkRun.start("benchmarks-smoke", new BenchmarkRun.Options(2, 1, false))) {
            assertThat(run.settings()).containsEntry("innodb_flush_log_at_trx_commit", 0)
                    .containsEntry("durable commits", false);
            QuarterCycleBenchmark.run(run, new QuarterCycleBenchmark.Size(3, 6, 10, 2026, 2));
            FrameworkImportBenchmark.run(run, 20);
            json = run.writeJson();
            @SuppressWarnings("unchecked")
            Map<String, Object> recorded = (Map<String, Object>) run.result().get("figures");
            figures = recorded;
        }
        assertThat(figures).containsKeys("open a quarter (JPA + Flowable, with commit)",
                "floor: JDBC batch, application rows only", "submit, 1 thread", "approve, 1 thread",
                "sign off, 1 thread", "saturation: steps per second, 2 threads", "import (apply, with commit)",
                "floor: JDBC batch insert into measure");
        assertThat(figures.get("returns per quarter")).isEqualTo(3);
        @SuppressWarnings("unchecked")
        Map<String, Object> open = (Map<String, Object>) figures.get("open a quarter (JPA + Flowable, with commit)");
        assertThat(open).containsEntry("runs", 2).containsKeys("min_ms", "median_ms", "max_ms", "statements_median");
        assertThat((Long) open.get("statements_median")).as("statements per open are counted").isPositive();
        String text = Files.readString(json, StandardCharsets.UTF_8);
        assertThat(text.startsWith("{\"benchmark\": \"benchmarks-smoke\"")).as("the JSON file names its run").isTrue();
        assertThat(text.contains("\"innodb_flush_log_at_trx_commit\": 0")).as("and the settings used").isTrue();
    }

    @Test
    void theBenchmarksSettingsOutrankApplicationPropertiesAndAreDurableUnlessToldOtherwise() {
        var arguments = Arrays.asList(BenchmarkRun.arguments(new BenchmarkRun.Options(10, 2, true), Path.of("x")));
        assertThat(arguments).allSatisfy(a -> assertThat(a).startsWith("--"))
                .contains("--server.port=0", "--goldenthread.framework.initial=none", "--spring.profiles.active=prod",
                        "--flowable.async-executor-activate=true",
                        "--goldenthread.embedded-db.server-arguments=--innodb-flush-log-at-trx-commit=1,"
                                + "--innodb-doublewrite=1,--skip-log-bin");
        assertThat(BenchmarkRun.Options.fromSystemProperties()).isEqualTo(new BenchmarkRun.Options(10, 2, true));
    }
}
