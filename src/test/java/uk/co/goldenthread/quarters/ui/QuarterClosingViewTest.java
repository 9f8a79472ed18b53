package uk.co.goldenthread.quarters.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.PublicSite;
import uk.co.goldenthread.ScreenText;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.packs.CabinetDecision;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.packs.ui.CompileOnTheTestThread;
import uk.co.goldenthread.quarters.QuarterSummary;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.ReturnSummary;

/** The Performance Team closes a quarter early and Cabinet refers returns back, through the screens. Rolled back. */
@Transactional
class QuarterClosingViewTest extends UiTest {

    @Autowired
    PackService packs;

    @Test
    void aQuarterClosedEarlyPublishesAPackThatNamesTheMissingReturn() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2024, 4).id();
        for (String area : new String[] {"Strategic Finance", "Health, Well-being and Self Care"}) {
            long id = journeys.returnOf(quarterId, area).id();
            journeys.fillIn(id, Map.of());
            journeys.submit(id);
            journeys.approve(id);
            journeys.signOff(id);
        }

        signInAndOpen("priya.shah", "quarters");
        selectQuarter("Q4 2024/25");
        clickButton("Close Q4 2024/25 early");
        _setValue(_get(TextArea.class, s -> s.withLabel("Reason")), "Cabinet papers are due");
        _click(_get(_get(com.vaadin.flow.component.dialog.Dialog.class), Button.class,
                s -> s.withText("Close Q4 2024/25 early")));
        assertThat(notificationTexts()).contains("Q4 2024/25 closed early.");

        UI.getCurrent().navigate("packs");
        CompileOnTheTestThread.inThisSession();
        assertThat(pageText()).contains("Q4 2024/25 was closed early: 1 of its returns will be listed as missing.");
        clickButton("Compile pack for Q4 2024/25");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        PackSummary pack = packs.latestFor(quarterId);
        packs.publishPapers(pack.id(), "Published after the dispatch date: a past quarter in the test");
        packs.recordDecision(pack.id(), CabinetDecision.NOTED, LocalDate.now());
        packs.publish(pack.id());

        SignIn.out();
        newBrowserSession();
        assertThat(PublicSite.of(context).text("/public/packs/2024-25/q4/v1"))
                .contains("Missing returns", "Strategic IT (Amy Evans)");
    }

    @Test
    void cabinetRefersNamedReturnsBackFromThePacksPage() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2025, 1).id();
        journeys.completeAll(quarterId, Map.of());
        SignIn.as(context, "priya.shah");
        packs.publishPapers(packs.compile(quarterId).id(),
                "Published after the dispatch date: a past quarter in the test");
        ReturnSummary finance = journeys.returnOf(quarterId, "Strategic Finance");

        signInAndOpen("priya.shah", "packs");
        ComboBoxKt.selectByLabel(_get(Select.class, s -> s.withLabel("Cabinet decision")), "Referred back");
        _setValue(_get(DatePicker.class, s -> s.withLabel("Date of the meeting")), LocalDate.now());
        @SuppressWarnings("unchecked")
        CheckboxGroup<ReturnSummary> returns = _get(CheckboxGroup.class, s -> s.withLabel("Returns referred back"));
        _setValue(returns, Set.of(finance));
        _setValue(_get(TextArea.class, s -> s.withLabel("Cabinet's reason")), "FIN02 needs a recovery plan");
        clickButton("Record decision");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(notificationTexts()).contains("Referred back: the named returns are reopened.");
        assertThat(pageText()).contains("Cabinet referred this version back.");
        assertThat(journeys.get(finance.id(), "james.lewis").status()).isEqualTo(ReturnStatus.RETURNED_TO_DELIVERY);
    }

    @SuppressWarnings("unchecked")
    private static void selectQuarter(String label) {
        Grid<QuarterSummary> grid = _get(Grid.class, s -> s.withPredicate(g -> "Quarters".equals(g.getAriaLabel().orElse(null))));
        for (int row = 0; row < GridKt._size(grid); row++) {
            QuarterSummary quarter = GridKt._get(grid, row);
            if (quarter.period().label().equals(label)) {
                grid.select(quarter);
                return;
            }
        }
        throw new AssertionError("No quarter " + label);
    }

    private static void clickButton(String text) {
        _click(_get(Button.class, s -> s.withText(text)));
    }

    private static String pageText() {
        return UI.getCurrent().getChildren().map(Component::getElement).map(e -> ScreenText.of(e))
                .reduce("", String::concat);
    }
}
