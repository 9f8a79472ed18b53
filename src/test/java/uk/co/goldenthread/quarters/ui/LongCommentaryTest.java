package uk.co.goldenthread.quarters.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.quarters.ReturnService;

/**
 * Commentary longer than the limit (10,000 characters; the column holds 65,535 bytes) is refused beside its field
 * with the limit named, nothing is saved, and what was typed stays on the screen (it used to end in "Something went
 * wrong" over 64 KB, and the draft was lost).
 */
class LongCommentaryTest extends UiTest {

    @Test
    void commentaryOverTheLimitIsRefusedWithTheLimitNamedAndTheDraftKept() {
        var journeys = new Journeys(context);
        long finance = journeys.returnOf(journeys.openQuarter(2037, 3).id(), "Strategic Finance").id();
        signInAndOpen("james.lewis", "returns/" + finance);
        String tooLong = "The story behind the number. ".repeat(2_500).strip(); // 72,499 characters, over 64 KB
        String longButAllowed = "é".repeat(10_000); // 20,000 bytes in UTF-8: within the limit

        _setValue(_get(card("FIN01"), TextField.class, s -> s.withLabel("Value")), "95");
        _setValue(_get(card("FIN01"), TextArea.class, s -> s.withLabel("Commentary")), tooLong);
        _click(_get(Button.class, s -> s.withText("Save draft")));

        TextArea commentary = _get(card("FIN01"), TextArea.class, s -> s.withLabel("Commentary"));
        assertThat(commentary.isInvalid()).isTrue();
        assertThat(commentary.getErrorMessage()).contains("at most 10,000 characters", "this has 72,499");
        assertThat(commentary.getValue()).as("the draft stays on the screen").isEqualTo(tooLong);
        assertThat(_get(card("FIN01"), TextField.class, s -> s.withLabel("Value")).getValue()).isEqualTo("95");
        assertThat(notificationTexts()).noneMatch(text -> text.contains("Something went wrong"));
        ReturnService returns = context.getBean(ReturnService.class);
        assertThat(returns.get(finance).lines().getFirst().value()).as("nothing saved").isNull();

        _setValue(commentary, longButAllowed);
        _click(_get(Button.class, s -> s.withText("Save draft")));
        SignIn.as(context, "james.lewis");
        assertThat(returns.get(finance).lines().getFirst().commentary()).isEqualTo(longButAllowed);
    }

    private static Section card(String code) {
        return _get(Section.class, s -> s.withClasses("measure-card").withPredicate(section -> section.getChildren()
                .anyMatch(c -> c instanceof H3 h && h.getText().startsWith(code + " "))));
    }
}
