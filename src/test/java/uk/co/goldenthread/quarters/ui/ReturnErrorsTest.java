package uk.co.goldenthread.quarters.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.ScreenText;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.quarters.ReturnStatus;

/**
 * The return screen's errors: beside their fields, summarised at the top with a link to each, no error toast, nothing
 * half-saved; a band measure shows its band; hints read as English. Rolled back.
 */
@Transactional
class ReturnErrorsTest extends UiTest {

    @Test
    void refusedSubmitListsEachErrorAtTheTopWithALinkToItsFieldAndSavesNothing() {
        var journeys = new Journeys(context);
        long finance = journeys.returnOf(journeys.openQuarter(2032, 3).id(), "Strategic Finance").id();

        signInAndOpen("james.lewis", "returns/" + finance);
        _setValue(valueField("FIN03"), "5"); // outside its band of -2% to 0%: red
        clickButton("Submit return");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        Component summary = _get(Component.class, s -> s.withClasses("error-summary"));
        assertThat(_get(summary, H2.class).getText()).isEqualTo("There is a problem");
        List<String> items = _find(summary, Button.class).stream().map(Button::getText).toList();
        assertThat(items).anyMatch(t -> t.startsWith("FIN01 value: ") && t.contains("Enter a value"))
                .anyMatch(t -> t.startsWith("FIN03 commentary: ") && t.contains("required because this measure is red"))
                .anyMatch(t -> t.startsWith("FIN03 remedial actions: ")
                        && t.contains("A red measure needs at least one remedial action"))
                .anyMatch(t -> t.startsWith("INT-FIN-01 progress: "));
        assertThat(valueField("FIN01").isInvalid()).isTrue();
        assertThat(valueField("FIN01").getErrorMessage()).contains("Enter a value");
        assertThat(ScreenText.of(card("FIN03")))
                .contains("A red measure needs at least one remedial action");
        assertThat(notificationTexts()).noneMatch(t -> t.contains("Nothing was saved"));
        assertThat(_find(summary, Button.class)).as("each item is a link to its field").allMatch(link -> !ComponentUtil
                .getListeners(link, ClickEvent.class).isEmpty());

        _setValue(valueField("FIN01"), "abc");
        clickButton("Save draft");
        items = _find(summary, Button.class).stream().map(Button::getText).toList();
        assertThat(items).singleElement().satisfies(t -> assertThat(t).startsWith("FIN01 value: 'abc' is not a number"));
        assertThat(valueField("FIN01").getErrorMessage()).contains("'abc' is not a number");
        assertThat(_get(card("FIN03"), TextArea.class, s -> s.withLabel("Commentary")).isInvalid())
                .as("the earlier errors are cleared").isFalse();
        assertThat(notificationTexts()).noneMatch(t -> t.contains("Nothing was saved"));

        assertThat(valueField("FIN03").getValue()).as("what was typed stays on the screen").isEqualTo("5");
        // (the refused call's rollback cannot be seen inside this rolled-back test's own transaction)
        assertThat(journeys.get(finance, "james.lewis").status()).isEqualTo(ReturnStatus.DRAFT);
    }

    @Test
    void aBandMeasureShowsItsBandAndHintsReadAsEnglish() {
        var journeys = new Journeys(context);
        long finance = journeys.returnOf(journeys.openQuarter(2032, 3).id(), "Strategic Finance").id();

        signInAndOpen("james.lewis", "returns/" + finance);
        assertThat(ScreenText.of(card("FIN03"))).contains("Target: between -2.0% and 0.0%")
                .doesNotContain("Not set");
        assertThat(_find(TextField.class, s -> s.withLabel("Value")).stream().map(TextField::getHelperText))
                .noneMatch(h -> h.contains("in number") || h.contains("up to 0 decimal places"))
                .anyMatch(h -> h.equals("A percentage, with up to 1 decimal place, e.g. 42.5"));
    }

    private static TextField valueField(String code) {
        return _get(card(code), TextField.class, s -> s.withLabel("Value"));
    }

    private static Section card(String code) {
        return _get(Section.class, s -> s.withClasses("measure-card").withPredicate(section -> section.getChildren()
                .anyMatch(c -> c instanceof H3 h && h.getText().startsWith(code + " "))));
    }

    private static void clickButton(String text) {
        _click(_get(Button.class, s -> s.withText(text)));
    }
}
