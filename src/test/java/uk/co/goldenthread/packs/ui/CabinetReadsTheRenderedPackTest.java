package uk.co.goldenthread.packs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.PublicSite;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.packs.PackService;

/**
 * The Cabinet member's view of a pack links to the pack as rendered (HTML and PDF) once its papers are public, and
 * says, before then, that the table is the whole pack. Rolled back.
 */
@Transactional
class CabinetReadsTheRenderedPackTest extends UiTest {

    @Autowired
    PackService packs;

    @Test
    void theCabinetMemberFollowsTheLinkToTheRenderedPack() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2033, 3).id();
        journeys.completeAll(quarterId, Map.of());
        SignIn.as(context, "priya.shah");
        long packId = packs.compile(quarterId).id();

        signInAndOpen("sam.baker", "packs/" + packId);
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).doesNotContain(
                "Read the rendered pack, with its charts (HTML)", "Download it as PDF");
        Anchor compiled = _get(Anchor.class, s -> s.withText("Read the compiled pack, with its charts (HTML)"));
        assertThat(compiled.getHref()).isEqualTo("/compiled-packs/" + packId);
        assertThat(_get(Main.class).getElement().getTextRecursively()).contains("Not public yet: only staff can "
                + "read it at this address. Its public address and PDF come once the Cabinet papers are published.");

        SignIn.as(context, "priya.shah");
        packs.publishPapers(packId, "Late in the test: the clock may be past the dispatch date");
        signInAndOpen("sam.baker", "packs/" + packId);
        Anchor html = _get(Anchor.class, s -> s.withText("Read the rendered pack, with its charts (HTML)"));
        assertThat(html.getHref()).isEqualTo("/public/packs/2033-34/q3/v1");
        assertThat(_get(Anchor.class, s -> s.withText("Download it as PDF")).getHref())
                .isEqualTo("/public/packs/2033-34/q3/v1.pdf");
        assertThat(PublicSite.of(context).text(html.getHref())).contains("Q3 2033/34", "FIN01");
    }
}
