package uk.co.goldenthread.packs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;

/**
 * Compile pack runs in the background (a 10x council's pack took over a minute on the request thread, with the screen
 * frozen): the page says which pack it is compiling, with a progress bar and the button disabled, then shows the pack,
 * or why there is none under "There is a problem", also when the person went to another page meanwhile. The test
 * holds the work back (Compilations.runOn) to see the page while it runs, then runs it. Rolled back; Q4 2037/38.
 */
@Transactional
class CompileInTheBackgroundTest extends UiTest {

    private static final String COMPILE = "Compile pack for Q4 2037/38";
    private static final String COMPILING = "Compiling the Q4 2037/38 pack…";

    @Autowired
    PackService packs;

    private final List<Runnable> heldBack = new ArrayList<>();

    @Test
    void thePageShowsProgressWithTheButtonDisabledThenThePack() {
        long quarterId = readyQuarter();
        openPacksHoldingTheWorkBack();
        compile();

        assertThat(pageText()).contains(COMPILING);
        assertThat(_get(ProgressBar.class).isIndeterminate()).isTrue();
        assertThat(_get(Button.class, s -> s.withText(COMPILE)).isEnabled()).as("no second press").isFalse();
        assertThat(packs.latestFor(quarterId)).as("the click only started it").isNull();
        assertThat(UI.getCurrent().getPollInterval()).as("the page asks for news while it runs").isPositive();

        finishTheWork();
        PackSummary pack = packs.latestFor(quarterId);
        assertThat(pack).isNotNull();
        assertThat(pack.version()).isEqualTo(1);
        assertThat(notificationTexts()).contains("Pack compiled for Q4 2037/38.");
        assertThat(pageText()).doesNotContain(COMPILING);
        assertThat(listedPacks()).contains(pack.title());
        assertThat(_find(ProgressBar.class)).isEmpty();
        assertThat(_find(Button.class, s -> s.withText(COMPILE))).as("version 1 is compiled").isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).as("no more polling").isNegative();
    }

    @Test
    void aSecondCompileAtTheSameMomentIsRefusedUnderThereIsAProblem() {
        long quarterId = readyQuarter();
        openPacksHoldingTheWorkBack();
        compile();
        packs.compile(quarterId); // a colleague, in another browser, a moment earlier

        finishTheWork();
        assertThat(errorSummary()).singleElement().asString()
                .startsWith("Version 1 of the Q4 2037/38 pack is already compiled");
        assertThat(errorToasts()).isEmpty();
        assertThat(packs.all().stream().filter(p -> p.quarterId() == quarterId)).as("exactly one version").hasSize(1);
        assertThat(pageText()).doesNotContain(COMPILING);
    }

    @Test
    void theCompileGoesOnWhileThePersonIsOnAnotherPageAndItsPackIsThereWhenTheyComeBack() {
        long quarterId = readyQuarter();
        openPacksHoldingTheWorkBack();
        compile();
        UI.getCurrent().navigate("quarters");
        UI.getCurrent().navigate("packs");
        assertThat(pageText()).as("still compiling, on the new page too").contains(COMPILING);
        assertThat(_get(Button.class, s -> s.withText(COMPILE)).isEnabled()).isFalse();

        UI.getCurrent().navigate("quarters");
        finishTheWork();
        assertThat(notificationTexts()).as("told on the page they are on").contains("Pack compiled for Q4 2037/38.");
        UI.getCurrent().navigate("packs");
        assertThat(listedPacks()).contains(packs.latestFor(quarterId).title());
        assertThat(pageText()).doesNotContain(COMPILING);
        assertThat(errorSummary()).isEmpty();
    }

    @Test
    void aRefusalWhileThePersonIsOnAnotherPageWaitsForThemOnPacks() {
        long quarterId = readyQuarter();
        openPacksHoldingTheWorkBack();
        compile();
        UI.getCurrent().navigate("quarters");
        packs.compile(quarterId); // a colleague, a moment earlier

        finishTheWork();
        assertThat(notificationTexts()).contains("The Q4 2037/38 pack was not compiled: Packs says why.");
        assertThat(errorToasts()).isEmpty();
        UI.getCurrent().navigate("packs");
        assertThat(errorSummary()).singleElement().asString()
                .startsWith("Version 1 of the Q4 2037/38 pack is already compiled");
        UI.getCurrent().navigate("quarters");
        UI.getCurrent().navigate("packs");
        assertThat(errorSummary()).as("shown once").isEmpty();
    }

    private long readyQuarter() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2037, 4).id();
        journeys.completeAll(quarterId, Map.of());
        return quarterId;
    }

    private void openPacksHoldingTheWorkBack() {
        signInAndOpen("priya.shah", "packs");
        Compilations.of(VaadinSession.getCurrent()).runOn(heldBack::add);
    }

    private static void compile() {
        _click(_get(Button.class, s -> s.withText(COMPILE)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
    }

    /** Runs the work held back, here (in the test's transaction), then lets the page hear of it, as a poll would. */
    private void finishTheWork() {
        List<Runnable> work = List.copyOf(heldBack);
        heldBack.clear();
        work.forEach(Runnable::run);
        MockVaadin.clientRoundtrip(false);
    }

    private static List<String> listedPacks() {
        Grid<?> grid = _get(Grid.class, s -> s.withPredicate(g -> g.getAriaLabel().filter("Packs"::equals).isPresent()));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> cellText(grid, row, "title"))
                .toList();
    }

    private static String pageText() {
        return UI.getCurrent().getChildren().filter(Component::isVisible).map(c -> c.getElement().getTextRecursively())
                .reduce("", String::concat);
    }
}
