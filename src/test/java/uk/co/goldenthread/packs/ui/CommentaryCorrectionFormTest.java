package uk.co.goldenthread.packs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.packs.PackLineRow;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.Role;

/** On the Packs page one member of the Performance Team proposes a typo correction and another approves it. */
@Transactional
class CommentaryCorrectionFormTest extends UiTest {

    static final String HEADING = "Correct a typo in the commentary of Q2 2030/31, version 1";

    @Autowired
    PackService packs;

    @Test
    void oneMemberProposesOnThePacksPageAndAnotherApprovesIt() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2030, 2).id();
        journeys.completeAll(quarterId, Map.of());
        SignIn.as(context, "priya.shah");
        PackSummary first = new Journeys(context).compileAndPublish(quarterId);
        PackLineRow fin01 = packs.content(first.id()).lines().stream().filter(l -> l.code().equals("FIN01"))
                .findFirst().orElseThrow();
        context.getBean(PeopleService.class).addPerson("pat.checker", "Pat Checker", "Performance Officer",
                "pat.checker@demoshire.example", Set.of(Role.PERFORMANCE_TEAM), "a long test password");

        signInAndOpen("priya.shah", "packs");
        var form = form();
        @SuppressWarnings("unchecked")
        Select<PackLineRow> line = _get(form, Select.class, s -> s.withLabel("Measure"));
        _setValue(line, fin01);
        assertThat(_get(form, TextArea.class, s -> s.withLabel("Corrected commentary")).getValue())
                .as("the published words, to edit").isEqualTo("Commentary on FIN01");
        _setValue(_get(form, TextArea.class, s -> s.withLabel("Corrected commentary")), "Commentary on FIN01, corrected");
        _setValue(_get(form, TextArea.class, s -> s.withLabel("Reason")), "A typo in the published commentary");
        _click(_get(form, Button.class, s -> s.withText("Propose the correction")));
        TextArea note = _get(form(), TextArea.class, s -> s.withLabel("Change note"));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Say what the correction changes: the public page shows it.");
        _setValue(_get(form(), TextArea.class, s -> s.withLabel("Change note")), "Corrected a typo in FIN01");
        _click(_get(form(), Button.class, s -> s.withText("Propose the correction")));
        assertThat(notificationTexts()).contains("Correction proposed: a second member of the Performance Team "
                + "approves it.");

        assertThat(_get(form(), Button.class, s -> s.withText("Approve and publish version 2")).isEnabled())
                .as("the proposer cannot approve their own correction").isFalse();
        assertThat(form().getElement().getTextRecursively()).contains("You proposed this correction: a second member "
                + "of the Performance Team approves it.");
        assertThat(packs.latestFor(quarterId).version()).isEqualTo(1);

        signInAndOpen("pat.checker", "packs");
        _click(_get(form(), Button.class, s -> s.withText("Approve and publish version 2")));
        assertThat(notificationTexts()).contains("Correction approved and published as version 2.");
        PackSummary second = packs.latestFor(quarterId);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.correctionNote()).isEqualTo("Corrected a typo in FIN01");
        assertThat(packs.content(second.id()).lines()).filteredOn(l -> l.code().equals("FIN01"))
                .extracting(PackLineRow::commentary).containsExactly("Commentary on FIN01, corrected");
    }

    private static CommentaryCorrectionForm form() {
        return _find(UI.getCurrent(), CommentaryCorrectionForm.class).stream()
                .filter(f -> _find(f, H4.class).stream().anyMatch(h -> h.getText().equals(HEADING)))
                .findFirst().orElseThrow(() -> new AssertionError("no form headed " + HEADING));
    }
}
