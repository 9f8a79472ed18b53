package uk.co.goldenthread.quarters.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.base.ui.ActionWithReason;

/**
 * A button that cannot act in the current state is disabled and says why beside it, rather than missing or
 * refusing after the click; the services still refuse on their own. Rolled back.
 */
@Transactional
class ButtonsThatCannotActTest extends UiTest {

    @Test
    void aReturnsStepButtonSaysWhoseStepItIsToAnyoneElse() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2032, 4).id();
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();

        signInAndOpen("clare.foster", "returns/" + finance);
        assertThat(button("Submit return").isEnabled()).isFalse();
        assertThat(whyNot("Submit return")).isEqualTo("Submitting is for James Lewis (AD Delivery) or their deputy.");

        journeys.fillIn(finance, Map.of());
        journeys.submit(finance);
        signInAndOpen("james.lewis", "returns/" + finance);
        assertThat(button("Approve").isEnabled()).isFalse();
        assertThat(whyNot("Approve")).isEqualTo("The review is for Clare Foster (AD Commissioning) or their deputy; "
                + "nobody approves a return they submitted.");

        journeys.approve(finance);
        signInAndOpen("priya.shah", "returns/" + finance);
        assertThat(button("Sign off").isEnabled()).isFalse();
        assertThat(whyNot("Sign off")).startsWith("Sign-off is for Helen Marsh (Strategic Director) or their deputy");

        signInAndOpen("helen.marsh", "returns/" + finance);
        assertThat(button("Sign off").isEnabled()).as("the Strategic Director's own step").isTrue();
    }

    @Test
    void signOffAllSaysWhyWhenNothingIsApproved() {
        new Journeys(context).openQuarter(2032, 4);
        signInAndOpen("helen.marsh", "scorecard");
        @SuppressWarnings("unchecked")
        Select<Object> quarter = _get(Select.class, s -> s.withLabel("Quarter"));
        ComboBoxKt.selectByLabel(quarter, "Q4 2032/33");
        assertThat(button("Sign off all approved returns").isEnabled()).isFalse();
        assertThat(whyNot("Sign off all approved returns"))
                .isEqualTo("Nothing to sign off: no return of Q4 2032/33 is approved and waiting for you.");
    }

    @Test
    void openQuarterSaysWhenTheChosenQuarterWasOpenedAlready() {
        new Journeys(context).openQuarter(2032, 4);
        signInAndOpen("priya.shah", "quarters");
        // the list offers years up to next year's; a later one stands in for "a quarter opened already"
        _setValue(_get(Select.class, s -> s.withLabel("Financial year")), 2032);
        ComboBoxKt.selectByLabel(_get(Select.class, s -> s.withLabel("Quarter")), "Q4");
        assertThat(button("Open quarter").isEnabled()).isFalse();
        assertThat(whyNot("Open quarter")).isEqualTo("Q4 2032/33 was opened already: it is at 'Open: returns in "
                + "progress'.");

        ComboBoxKt.selectByLabel(_get(Select.class, s -> s.withLabel("Quarter")), "Q1");
        assertThat(button("Open quarter").isEnabled()).isTrue();
        assertThat(whyNot("Open quarter")).isNull();
    }

    private static Button button(String text) {
        return _get(Button.class, s -> s.withText(text));
    }

    private static String whyNot(String buttonText) {
        return _get(ActionWithReason.class, s -> s.withPredicate(a -> a.button().getText().equals(buttonText))).whyNot();
    }
}
