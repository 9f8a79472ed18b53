package uk.co.goldenthread.packs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.base.ui.ActionWithReason;

/** An open quarter's Compile pack is there but disabled, saying how many returns are signed off. Rolled back. */
@Transactional
class CompileButtonTest extends UiTest {

    @Test
    void compileWaitsForEveryReturnAndSaysSo() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2033, 2).id();
        int returns = journeys.returnsOf(quarterId).size();

        signInAndOpen("priya.shah", "packs");
        assertThat(_get(Button.class, s -> s.withText("Compile pack for Q2 2033/34")).isEnabled()).isFalse();
        assertThat(_get(ActionWithReason.class, s -> s.withPredicate(a -> a.button().getText()
                .equals("Compile pack for Q2 2033/34"))).whyNot()).isEqualTo("0 of " + returns + " returns of "
                        + "Q2 2033/34 are signed off: a pack is compiled once every return is signed off, or the "
                        + "quarter is closed early (on Quarters).");
    }
}
