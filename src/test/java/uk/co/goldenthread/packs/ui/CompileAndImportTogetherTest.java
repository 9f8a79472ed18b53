package uk.co.goldenthread.packs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.packs.PackService;

/**
 * A pack compile and a framework import (its check of the file) can run at once in one browser tab: the Performance
 * Team member starts a compile on Packs, then goes to Import and export and checks a file. The page must keep asking
 * for news while either is still running, so the end of one never freezes the other's progress. The test holds the
 * compile back (Compilations.runOn) and lets the import's check end before or after it. Rolled back; Q4 2051/52.
 */
@Transactional
class CompileAndImportTogetherTest extends UiTest {

    private static final String COMPILE = "Compile pack for Q4 2051/52";

    @Autowired
    PackService packs;

    private final List<Runnable> heldBack = new ArrayList<>();

    @Test
    void theCompileStillReportsWhenTheImportCheckEndsFirst() throws Exception {
        long quarterId = readyQuarterCompiling();
        UI.getCurrent().navigate("framework/import");
        checkAFile();
        awaitThePreview();
        assertThat(UI.getCurrent().getPollInterval()).as("the compile is still running").isPositive();

        finishTheCompile();
        assertThat(packs.latestFor(quarterId)).isNotNull();
        assertThat(notificationTexts()).contains("Pack compiled for Q4 2051/52.");
        assertThat(UI.getCurrent().getPollInterval()).as("nothing runs any more").isNegative();
    }

    @Test
    void theImportCheckStillReportsWhenTheCompileEndsFirst() throws Exception {
        readyQuarterCompiling();
        UI.getCurrent().navigate("framework/import");
        checkAFile();

        heldBack.forEach(Runnable::run); // the compile ends; the page has not yet heard how the check went
        heldBack.clear();
        assertThat(UI.getCurrent().getPollInterval()).as("the import's check has not been reported").isPositive();

        awaitThePreview();
        assertThat(UI.getCurrent().getPollInterval()).as("nothing runs any more").isNegative();
    }

    private long readyQuarterCompiling() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2051, 4).id();
        journeys.completeAll(quarterId, Map.of());
        signInAndOpen("priya.shah", "packs");
        Compilations.of(VaadinSession.getCurrent()).runOn(heldBack::add);
        _click(_get(Button.class, s -> s.withText(COMPILE)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(UI.getCurrent().getPollInterval()).as("the page asks for news while it compiles").isPositive();
        return quarterId;
    }

    private static void checkAFile() {
        UploadKt._upload(_get(Upload.class), "outcomes.csv", "text/csv",
                "code,title,parent,level\nPOLL-TEST-1,An outcome,,Vision\n".getBytes(StandardCharsets.UTF_8));
    }

    /** Lets the page hear from the import's check, as its polls would, until it shows what the file would change. */
    private static void awaitThePreview() throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (_find(Grid.class, s -> s.withPredicate(g -> g.getColumnByKey("added") != null)).stream()
                .noneMatch(Grid::isVisible)) {
            assertThat(System.nanoTime()).as("the check of the file ends").isLessThan(deadline);
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
    }

    private void finishTheCompile() {
        List<Runnable> work = List.copyOf(heldBack);
        heldBack.clear();
        work.forEach(Runnable::run);
        MockVaadin.clientRoundtrip(false);
    }
}
