package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.base.DomainException;

/** Two Performance Team members pressing Compile at the same moment get one version between them. Commits. */
@SpringBootTest
class PackCompileConcurrencyTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PackService packs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void compilingTwiceAtOnceMakesExactlyOneVersion() throws Exception {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2036, 1).id();
        journeys.completeAll(quarterId, Map.of("FIN01", "88.5"));
        SignIn.out();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    SignIn.as(context, "priya.shah");
                    start.await();
                    try {
                        return "compiled v" + packs.compile(quarterId).version();
                    } catch (DomainException e) {
                        return "refused: " + e.getMessage();
                    } finally {
                        SignIn.out();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(120, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsOnlyOnce("compiled v1").anyMatch(o -> o.startsWith("refused: "));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pack WHERE quarter_id = ?", Integer.class, quarterId))
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
            SignIn.out();
        }
    }
}
