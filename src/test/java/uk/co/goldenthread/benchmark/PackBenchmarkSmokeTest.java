package uk.co.goldenthread.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The pack benchmark, small (40 measure lines, 2 repeats, 200 requests, 20 visitors, who must get no session), so
 * that verify keeps it working; the full run is in the benchmark profile. Same context as BrowserTest, so no extra
 * start-up. Asserts no speed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class PackBenchmarkSmokeTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void theBenchmarkRunsEveryFormatAndThePublicPage() throws Exception {
        assertThat(PackBenchmark.run(context, 40, 2, 200, 20)).containsOnlyKeys("json (canonical + SHA-256)", "html", "pdf",
                "pdf without the SVG charts", "csv", "xlsx");
    }
}
