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
import uk.co.goldenthread.PublicSite;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.performance.DirectionOfTravel;

/**
 * A pack line keeps both directions of travel, as the snapshot and every file do: against the previous quarter and
 * against the same quarter last year, and the public measure page shows both.
 */
@SpringBootTest
@Transactional
class BothDirectionsOnPackLinesTest {

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
    void aLineWorseThanLastQuarterButBetterThanAYearAgoKeepsBoth() {
        var journeys = new Journeys(context);
        journeys.completeAll(journeys.openQuarter(2029, 2).id(), Map.of("FIN01", "80.0"));
        journeys.completeAll(journeys.openQuarter(2030, 1).id(), Map.of("FIN01", "90.0"));
        long quarterId = journeys.openQuarter(2030, 2).id();
        journeys.completeAll(quarterId, Map.of("FIN01", "85.0"));
        SignIn.as(context, "priya.shah");
        PackSummary pack = new Journeys(context).compileAndPublish(quarterId);

        PackLineRow fin01 = packs.content(pack.id()).lines().stream().filter(l -> l.code().equals("FIN01"))
                .findFirst().orElseThrow();
        assertThat(fin01.direction()).as("on Q1 2030/31 (90.0%)").isEqualTo(DirectionOfTravel.WORSENING);
        assertThat(fin01.directionOnLastYear()).as("on Q2 2029/30 (80.0%)").isEqualTo(DirectionOfTravel.IMPROVING);
        assertThat(jdbc.queryForObject("SELECT direction_on_last_year FROM pack_line l JOIN pack p ON p.id = l.pack_id"
                + " WHERE p.id = ? AND l.measure_code = 'FIN01'", String.class, pack.id())).isEqualTo("IMPROVING");

        String json = new String(jdbc.queryForObject("SELECT content FROM pack_file WHERE pack_id = ? AND file_name = "
                + "'pack.json'", byte[].class, pack.id()), StandardCharsets.UTF_8);
        String measure = json.substring(json.indexOf("\"code\":\"FIN01\""));
        assertThat(measure.substring(0, measure.indexOf("\"history\""))).as("the snapshot agrees")
                .contains("\"directionOnPreviousPeriod\":\"Worsening\"",
                        "\"directionOnSamePeriodLastYear\":\"Improving\"");

        SignIn.out();
        assertThat(PublicSite.of(context).text("/public/measures/FIN01"))
                .contains("Against the previous period", "Against the same period last year", "↓ Worsening",
                        "↑ Improving");
    }
}
