package uk.co.goldenthread.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pack compile benchmark, tiny (a council of 3 areas and 16 measures, eight quarters of history, one warm-up and
 * two repeats, no PDF render beside the compile's own), on an application of its own, so that verify keeps it working.
 * Asserts no speed: only that it runs, counts statements and writes every figure to its JSON file.
 */
class PackCompileBenchmarkSmokeTest {

    @Test
    void compilingIsMeasuredEndToEndAndWritten() throws Exception {
        Map<String, Object> figures;
        Path json;
        try (BenchmarkRun run = BenchmarkRun.start("pack-compile-smoke", new BenchmarkRun.Options(2, 1, false))) {
            PackCompileBenchmark.run(run, new PackCompileBenchmark.Size(3, 6, 10, 2054), false);
            json = run.writeJson();
            @SuppressWarnings("unchecked")
            Map<String, Object> recorded = (Map<String, Object>) run.result().get("figures");
            figures = recorded;
        }
        assertThat(figures).containsKeys("read: returns + snapshot (no render, no store)",
                "compile (PackService.compile, every format, with commit)", "render json (canonical + SHA-256)",
                "render html", "render csv", "render xlsx", "stored bytes: pack.pdf");
        assertThat(figures).containsEntry("lines per pack", 16)
                .containsEntry("stored snapshot verifies against its hash", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> compile = (Map<String, Object>) figures.get(
                "compile (PackService.compile, every format, with commit)");
        assertThat(compile).containsEntry("runs", 2).containsKeys("min_ms", "median_ms", "max_ms");
        assertThat((Long) compile.get("statements_median")).as("statements per compile are counted").isPositive();
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).startsWith("{\"benchmark\": \"pack-compile-smoke\"");
    }
}
