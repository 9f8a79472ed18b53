package uk.co.goldenthread.quarters.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.quarters.LineEntry;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnEdit;
import uk.co.goldenthread.quarters.ReturnService;

/** Two people saving the same return: the second gets a clear conflict showing what changed, never an overwrite. */
class ConflictingSaveTest extends UiTest {

    @Test
    void theSecondSaveShowsWhatTheFirstChangedAndKeepsIt() {
        var journeys = new Journeys(context);
        long finance = journeys.returnOf(journeys.openQuarter(2028, 1).id(), "Strategic Finance").id();
        signInAndOpen("james.lewis", "returns/" + finance);

        // Meanwhile the same return is saved from another tab
        ReturnService returns = context.getBean(ReturnService.class);
        ReturnDetails other = returns.get(finance);
        LineEntry fin01 = new LineEntry(other.lines().getFirst().lineId(), "77.7", "From the other tab");
        returns.save(ReturnEdit.ofLines(finance, other.version(), List.of(fin01)));
        SignIn.as(context, "james.lewis");

        _setValue(_get(card("FIN01"), TextField.class, s -> s.withLabel("Value")), "95");
        _click(_get(Button.class, s -> s.withText("Save draft")));

        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Someone else changed this return");
        assertThat(dialog.getElement().getTextRecursively()).contains("James Lewis changed this return at",
                "FIN01 value: (blank) → 77.7", "What you typed is still on the screen");
        assertThat(returns.get(finance).lines().getFirst().value()).isEqualByComparingTo("77.7");

        _click(_get(dialog, Button.class, s -> s.withText("Reload the return")));
        assertThat(_get(card("FIN01"), TextField.class, s -> s.withLabel("Value")).getValue()).isEqualTo("77.7");
    }

    private static Section card(String code) {
        return _get(Section.class, s -> s.withClasses("measure-card").withPredicate(section -> section.getChildren()
                .anyMatch(c -> c instanceof H3 h && h.getText().startsWith(code + " "))));
    }
}
