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
import tools.jackson.databind.JsonNode;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.packs.snapshot.CanonicalJson;

/**
 * The pack holds the intentions the returns reported on, with their progress and milestones, in its snapshot and its
 * page (issue 10: "intentions with milestone progress"). Rolled back: Q2 2056 is never committed.
 */
@SpringBootTest
@Transactional
class IntentionsInThePackTest {

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
    void anIntentionReportedOnInAReturnIsInThePackWithItsProgressAndMilestones() {
        jdbc.update("INSERT INTO intention (code, title, kind, area_id) SELECT 'INT-PACK-1', 'Open two family hubs', "
                + "'SERVICE', area_id FROM measure WHERE code = 'FIN01'");
        jdbc.update("INSERT INTO milestone (intention_id, title, due) SELECT id, 'First hub open', '2056-09-30' "
                + "FROM intention WHERE code = 'INT-PACK-1'");
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2056, 2).id();
        journeys.completeAll(quarterId, Map.of());
        SignIn.as(context, "priya.shah");
        PackSummary pack = packs.compile(quarterId);

        JsonNode json = CanonicalJson.mapper().readTree(file(pack, "pack.json"));
        JsonNode intention = null;
        for (JsonNode i : json.get("snapshot").get("intentions")) {
            if (i.get("code").asString().equals("INT-PACK-1")) {
                intention = i;
            }
        }
        assertThat(intention).as("the intention in pack.json").isNotNull();
        assertThat(intention.get("progress").asString()).isEqualTo("On track");
        assertThat(intention.get("milestones").get(0).get("title").asString()).isEqualTo("First hub open");
        assertThat(new String(file(pack, "pack.html"), StandardCharsets.UTF_8))
                .contains("Open two family hubs", "First hub open", "On track");
    }

    private byte[] file(PackSummary pack, String name) {
        return jdbc.queryForObject("SELECT content FROM pack_file WHERE pack_id = ? AND file_name = ?", byte[].class,
                pack.id(), name);
    }
}
