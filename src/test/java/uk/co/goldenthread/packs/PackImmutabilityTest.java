package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.DomainException;

/** A compiled pack is a snapshot: what was published stays as it was, whatever happens to the returns later. */
@SpringBootTest
@Transactional
class PackImmutabilityTest {

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
    void aPublishedPackDoesNotChangeWhenAValueIsEditedLater() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2022, 2).id();
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        SignIn.as(context, "priya.shah");
        assertThatThrownBy(() -> packs.compile(quarterId))
                .isInstanceOf(ConflictException.class).hasMessageContaining("0 of 3 are");

        journeys.completeAll(quarterId, Map.of("FIN01", "88.5"));
        SignIn.as(context, "priya.shah");
        PackSummary pack = packs.compile(quarterId);
        assertThatThrownBy(() -> packs.publishedContent(pack.id())).isInstanceOf(DomainException.class);
        packs.publishPapers(pack.id(), "Published after the dispatch date: a past quarter in the test");
        packs.recordDecision(pack.id(), CabinetDecision.APPROVED, LocalDate.now());
        packs.publish(pack.id());
        assertThat(fin01(pack.id())).isEqualTo("88.5%");

        jdbc.update("UPDATE return_line SET reported_value = 12 WHERE return_id = ?", finance);

        assertThat(fin01(pack.id())).isEqualTo("88.5%");
        assertThatThrownBy(() -> jdbc.update("UPDATE pack_line SET value_text = '1%' WHERE pack_id = ?", pack.id()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("A compiled pack never changes");
        assertThat(packs.published()).extracting(PackSummary::id).contains(pack.id());
    }

    private String fin01(long packId) {
        return packs.publishedContent(packId).lines().stream().filter(l -> l.code().equals("FIN01")).findFirst()
                .orElseThrow().value();
    }
}
