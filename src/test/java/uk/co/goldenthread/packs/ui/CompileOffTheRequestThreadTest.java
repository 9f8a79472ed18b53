package uk.co.goldenthread.packs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.packs.PackService;

/**
 * Compile pack on a real background thread: the click returns while the service compiles, as the person who pressed
 * it (its role check passes on that thread), and the page hears of the pack at its next poll. Commits Q1 2038/39, in
 * the browser tests' context (its packs are no other screen test's business).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false") // the same context as BrowserTest and KeyboardWalkTest
class CompileOffTheRequestThreadTest extends UiTest {

    @Test
    void thePackCompilesOnABackgroundThreadAsThePersonWhoAskedAndThePageHearsOfIt() throws InterruptedException {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2038, 1).id();
        journeys.completeAll(quarterId, Map.of("FIN01", "91.0"));

        signInAndOpen("priya.shah", "packs");
        _click(_get(Button.class, s -> s.withText("Compile pack for Q1 2038/39")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(ProgressBar.class)).as("compiling, shown at once").hasSize(1);

        long giveUp = System.nanoTime() + 120_000_000_000L;
        while (!_find(ProgressBar.class).isEmpty() && System.nanoTime() < giveUp) {
            Thread.sleep(200);
            MockVaadin.clientRoundtrip(false); // a poll: runs what the background thread handed to the UI
        }
        assertThat(_find(ProgressBar.class)).as("finished within two minutes").isEmpty();
        assertThat(errorSummary()).isEmpty();
        assertThat(notificationTexts()).contains("Pack compiled for Q1 2038/39.");
        assertThat(context.getBean(PackService.class).latestFor(quarterId)).isNotNull();
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
    }
}
