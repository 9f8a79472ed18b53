package uk.co.goldenthread.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.PublicSite;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.base.MovableClock;
import uk.co.goldenthread.packs.CabinetDecision;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;

/**
 * In the demo profile (the tests' default) every public page, and every pack compiled there, says it is a demo, so
 * nobody takes the fictional council's figures for a real council's. Rolled back.
 */
@SpringBootTest
@Transactional
class PublicDemoBannerTest {

    static final String NOTICE = "Demonstration: the council, people and figures are fictional";

    @Autowired
    ApplicationContext context;
    @Autowired
    PackService packs;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyPublicPageAndTheStoredPackSayTheyAreADemo() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2030, 1).id();
        journeys.completeAll(quarterId, Map.of());
        SignIn.as(context, "priya.shah");
        PackSummary pack = packs.compile(quarterId);
        packs.publishPapers(pack.id());
        MovableClock.of(context).on(LocalDate.of(2030, 8, 29), () -> packs.recordDecision(pack.id(),
                CabinetDecision.NOTED, LocalDate.of(2030, 8, 29)));
        packs.publish(pack.id());
        SignIn.out();

        PublicSite site = PublicSite.of(context);
        for (String path : List.of("/public", "/public/packs/2030-31/q1", "/public/packs/2030-31/q1/v1",
                "/public/measures/FIN01", "/public/open-data", "/public/accessibility", "/public/no-such-page")) {
            assertThat(site.text(path)).as(path).contains(NOTICE);
        }
    }
}
