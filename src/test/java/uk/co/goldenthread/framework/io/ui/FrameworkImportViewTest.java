package uk.co.goldenthread.framework.io.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.framework.io.ui.FrameworkImportView;

/** The Import and export page, driven by what a Performance Team member sees and clicks. */
class FrameworkImportViewTest extends UiTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheOutcomeAddedThroughTheScreen() {
        jdbc.update("DELETE FROM outcome WHERE code = 'UI-TEST-1'");
    }

    private static void awaitWork() throws Exception {
        try {
            _get(FrameworkImportView.class).work().running().get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException refused) {
            // the page shows why, under There is a problem
        }
        MockVaadin.clientRoundtrip(false);
    }

    private static Grid<?> gridWithColumn(String key) {
        return _find(Grid.class).stream().filter(g -> g.getColumnByKey(key) != null).findFirst().orElseThrow();
    }

    private static Button button(String caption) {
        return _get(Button.class, s -> s.withText(caption));
    }

    @Test
    void theTemplateAndExportsDownloadAsFiles() {
        signInAndOpen("priya.shah", "framework/import");
        byte[] template = DownloadKt._download(_get(Anchor.class, s -> s.withText("Download template")));
        assertThat(template).startsWith('P', 'K');
        assertThat(DownloadKt._download(_get(Anchor.class, s -> s.withText("Export as Excel")))).startsWith('P', 'K');
        assertThat(new String(DownloadKt._download(_get(Anchor.class, s -> s.withText("Export as CSV"))),
                StandardCharsets.ISO_8859_1)).contains("measures.csv", "people.csv");
        _get(Checkbox.class, s -> s.withLabel("Retire measures that are not in the file"));
    }

    @Test
    void aFileWithProblemsListsThemByPlaceAndCannotBeApplied() throws Exception {
        signInAndOpen("priya.shah", "framework/import");
        UploadKt._upload(_get(Upload.class), "outcomes.csv", "text/csv",
                "code,title,parent,level\nUI-TEST-1,An outcome,NOPE,Vision\n".getBytes(StandardCharsets.UTF_8));
        awaitWork();

        Grid<?> problems = gridWithColumn("problem");
        assertThat(GridKt._size(problems)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(problems, 0)).containsExactly("outcomes.csv", "2", "parent",
                "names the parent outcome 'NOPE', which is not in the Outcomes sheet nor in Golden Thread.");
        assertThat(button("Apply import").isEnabled()).isFalse();
    }

    @Test
    void aGoodFileIsPreviewedThenAppliedWithProgressOffTheScreensThread() throws Exception {
        signInAndOpen("priya.shah", "framework/import");
        UploadKt._upload(_get(Upload.class), "outcomes.csv", "text/csv",
                "code,title,parent,level\nUI-TEST-1,Résidents thrive – £ well spent,,Vision\n".getBytes(StandardCharsets.UTF_8));
        awaitWork();
        Grid<?> counts = gridWithColumn("added");
        assertThat(GridKt._getFormattedRow(counts, 0)).containsExactly("Outcomes", "1", "0", "0");
        assertThat(GridKt._getFormattedRow(gridWithColumn("details"), 0)).startsWith("Outcomes", "UI-TEST-1", "add");

        _click(button("Apply import"));
        awaitWork();

        assertThat(notificationTexts()).contains("Imported: 1 added, 0 changed, 0 retired.");
        assertThat(jdbc.queryForObject("SELECT title FROM outcome WHERE code = 'UI-TEST-1'", String.class))
                .isEqualTo("Résidents thrive – £ well spent");
        assertThat(button("Apply import").isEnabled()).isFalse();
    }

    @Test
    void aShippedFrameworkIsPreviewedBeforeLoading() throws Exception {
        signInAndOpen("priya.shah", "framework/import");
        _setValue(_get(Select.class, s -> s.withLabel("Load a shipped framework")), "warwickshire-2019");
        _click(button("Load framework"));
        awaitWork();

        Grid<?> counts = gridWithColumn("added");
        boolean found = false;
        for (int row = 0; row < GridKt._size(counts); row++) {
            if (GridKt._getFormatted(counts, row, "table").equals("Measures")) {
                assertThat(GridKt._getFormatted(counts, row, "added")).isEqualTo("67");
                found = true;
            }
        }
        assertThat(found).isTrue();
        assertThat(button("Apply import").isEnabled()).isTrue();
        assertThat(_get(H3.class, s -> s.withText("Would go to no return")).isVisible()).isTrue();
        assertThat(_get(UnorderedList.class, s -> s.withId("no-route")).getElement().getTextRecursively())
                .contains("INT-FIN-01 (owner is not an AD of Strategic Finance)");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(t -> t.contains("would then go to no return"));
    }

    @Test
    void applyingWhatWouldGoToNoReturnWithoutTheReasonIsRefusedBesideTheReason() throws Exception {
        signInAndOpen("priya.shah", "framework/import");
        _setValue(_get(Select.class, s -> s.withLabel("Load a shipped framework")), "warwickshire-2019");
        _click(button("Load framework"));
        awaitWork();
        _click(button("Apply import"));
        awaitWork();

        String label = "Reason for importing although measures would go to no return";
        assertThat(errorSummary()).singleElement().asString().startsWith(label + ": Nothing was imported. After this "
                + "import").contains("INT-FIN-01");
        assertThat(_get(TextField.class, s -> s.withLabel(label)).isInvalid()).isTrue();
        assertThat(errorToasts()).isEmpty();
    }

    @Test
    void anAdDeliveryCannotOpenThePage() {
        signInAndOpen("james.lewis", "tasks");
        assertThatThrownBy(() -> UI.getCurrent().navigate("framework/import")).hasMessageContaining("ccess");
    }
}
