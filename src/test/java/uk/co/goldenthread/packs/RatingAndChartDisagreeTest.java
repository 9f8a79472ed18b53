package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;

/**
 * A measure green on target whose latest point is a special-cause concern on the SPC chart of its eight quarters is
 * listed in the pack's exceptions with the sentence that says how rating and chart disagree.
 */
@SpringBootTest
@Transactional
class RatingAndChartDisagreeTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PackService packs;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aGreenValueThatIsASpecialCauseConcernIsAnExceptionOfThePack() {
        var journeys = new Journeys(context);
        String[] values = {"95.0", "96.0", "95.0", "96.0", "95.0", "96.0", "95.0", "90.5"};
        long quarterId = 0;
        for (int i = 0; i < values.length; i++) {
            quarterId = journeys.openQuarter(2020 + i / 4, i % 4 + 1).id(); // years only rolled-back tests use
            journeys.completeAll(quarterId, Map.of("FIN01", values[i]));
        }
        SignIn.as(context, "priya.shah");
        PackSummary pack = packs.compile(quarterId);

        String json = new String(file(pack, "pack.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"disagreement\":\"Green on target, but the latest point is a special cause "
                + "concern: the process has changed for the worse.\"");
        String html = new String(file(pack, "pack.html"), StandardCharsets.UTF_8);
        String exceptions = html.substring(html.indexOf("<section id=\"exceptions\">"),
                html.indexOf("<section id=\"outcomes\">"));
        assertThat(exceptions).contains("FIN01", "✔ Green", "Green on target, but the latest point is a special cause "
                + "concern");
        assertThat(html).contains("Rating and chart disagree");
        PackLineRow row = packs.content(pack.id()).lines().stream().filter(l -> l.code().equals("FIN01")).findFirst()
                .orElseThrow();
        assertThat(row.isException()).isTrue();
        assertThat(row.ragText()).isEqualTo("✔ Green");
        assertThat(row.disagreement()).startsWith("Green on target, but the latest point is a special cause concern");
    }

    private byte[] file(PackSummary pack, String name) {
        return jdbc.queryForObject("SELECT content FROM pack_file WHERE pack_id = ? AND file_name = ?", byte[].class,
                pack.id(), name);
    }
}
