package uk.co.goldenthread.quarters.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.Component;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.co.goldenthread.PublicSite;
import uk.co.goldenthread.ScreenText;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.packs.ui.CompileOnTheTestThread;

/** One quarter from opening to publication, driven through the screens by each role in turn. */
class QuarterEndToEndTest extends UiTest {

    @Autowired
    RuntimeService runtime;

    @Test
    void aQuarterGoesFromOpeningToThePublicPages() {
        openQuarter3Of2019();

        fillIn("james.lewis", Map.of("FIN01", "abc"));
        clickButton("Save draft");
        assertThat(valueField("FIN01").isInvalid()).isTrue();
        assertThat(valueField("FIN01").getErrorMessage()).contains("'abc' is not a number");
        assertThat(pageText()).contains("There is a problem", "FIN01 value: ");

        fillIn("james.lewis", Map.of("FIN01", "88.5", "FIN02", "101", "FIN03", "-1.2", "FIN04", "3"));
        clickButton("Save draft");
        assertThat(notificationTexts()).contains("Draft saved.");
        openMyTask("james.lewis", "Complete return");
        assertThat(valueField("FIN01").getValue()).isEqualTo("88.5");
        assertThat(valueField("FIN04").getValue()).isEqualTo("3");
        confirm("Submit return");
        assertThat(commentaryField("FIN01").getErrorMessage()).contains("required because this measure is amber");
        assertThat(pageText()).contains("A red measure needs at least one remedial action");
        commentary("FIN01", "Two schemes slipped into next year after contractor delays.");
        commentary("FIN02", "Savings plans delivered in full.");
        commentary("FIN03", "Spend within the agreed envelope.");
        commentary("FIN04", "Three purchase orders raised after invoice.");
        addRemedialAction("FIN04", "Retrain budget holders on ordering", "Head of Procurement", LocalDate.of(2020, 3, 31));
        Section intention = _get(Section.class, s -> s.withPredicate(section -> section.getChildren()
                .anyMatch(c -> c instanceof H3 h && h.getText().startsWith("Intention INT-FIN-01"))));
        ComboBoxKt.selectByLabel(_get(intention, Select.class, s -> s.withLabel("Progress")), "On track");
        _setValue(_get(intention, DatePicker.class, s -> s.withLabel("As at")), LocalDate.of(2019, 12, 31));
        confirm("Submit return");
        assertThat(pageText()).contains("Status: Submitted");

        openMyTask("clare.foster", "Review return");
        assertThat(pageText()).contains("Target: 90.0%").contains("Value: 88.5%").contains("▲ Amber")
                .contains("Previous quarters: Q2 2019/20: ")
                .contains("Retrain budget holders on ordering (owner: Head of Procurement, due 31 Mar 2020)");
        _setValue(_get(card("FIN01"), TextArea.class, s -> s.withLabel("Commissioning commentary")),
                "Capital programme re-profiled with the Strategic Director.");
        clickButton("Return to AD Delivery");
        clickButton("Return with reason");
        assertThat(_get(TextArea.class, s -> s.withLabel("Reason")).isInvalid()).isTrue();
        _setValue(_get(TextArea.class, s -> s.withLabel("Reason")), "FIN04: name the three instances, please.");
        clickButton("Return with reason");
        assertThat(pageText()).contains("Status: Returned to AD Delivery");

        openMyTask("james.lewis", "Complete return");
        assertThat(pageText()).contains("Returned by Clare Foster").contains("FIN04: name the three instances, please.");
        commentary("FIN04", "Three purchase orders raised after invoice; training given to the teams involved.");
        confirm("Submit return");

        openMyTask("clare.foster", "Review return");
        confirm("Approve");
        assertThat(pageText()).contains("Status: Approved");
        openMyTask("helen.marsh", "Sign off return");
        confirm("Sign off");
        assertThat(pageText()).contains("Status: Signed off");

        completeThroughScreens("amy.evans", Map.of("ICT01", "86.2", "ICT02", "97", "ICT03", "94.1"), "ICT03",
                "daniel.okafor", "helen.marsh");
        completeThroughScreens("tom.nguyen", Map.of("PEO01", "81.0", "PEO02", "4620", "PEO03", "12.4", "PEO04", "91.5"),
                "PEO03", "ruth.khan", "owen.brennan");

        signInAndOpen("priya.shah", "packs");
        CompileOnTheTestThread.inThisSession();
        confirm("Compile pack for Q3 2019/20");
        // the meeting of 30 Jan 2020 is long past, so the papers go out late, with the reason
        _setValue(_get(TextArea.class, s -> s.withLabel("Reason for publishing late")),
                "The chair agreed to take it as urgent");
        clickButton("Publish Cabinet papers");
        ConfirmDialog papers = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(papers)).isEqualTo("Publish the Cabinet papers for 30 Jan 2020?");
        ConfirmDialogKt._fireConfirm(papers);
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Cabinet papers published"));
        Select<?> decision = _get(Select.class, s -> s.withLabel("Cabinet decision"));
        ComboBoxKt.selectByLabel(decision, "Noted");
        // its papers went public only today, so Cabinet's decision on them cannot be dated earlier
        _setValue(_get(DatePicker.class, s -> s.withLabel("Date of the meeting")), LocalDate.now());
        confirm("Record decision");
        clickButton("Publish pack");
        ConfirmDialog publish = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(publish)).isEqualTo("Publish Q3 2019/20 to the public?");
        ConfirmDialogKt._fireConfirm(publish);
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Pack published"));

        SignIn.out();
        newBrowserSession();
        assertThat(PublicSite.of(context).text("/public")).contains("Performance report Q3 2019/20");
        assertThat(PublicSite.of(context).text("/public/packs/2019-20/q3"))
                .contains("FIN01 % of capital expenditure against budget", "88.5%", "90.0%", "▲ Amber")
                .contains("Three purchase orders raised after invoice")
                .contains("PEO02", "4,620", "✔ Green")
                .contains("PEO03", "12.4%", "✖ Red")
                .contains("Direction of travel")
                .containsAnyOf("↑ Improving", "↓ Worsening", "→ Stable")
                .contains("Exceptions", "Retrain budget holders on ordering (owner: Head of Procurement, due 31 Mar 2020)");
    }

    private void openQuarter3Of2019() {
        signInAndOpen("priya.shah", "quarters");
        _setValue(_get(Select.class, s -> s.withLabel("Financial year")), 2019);
        _setValue(_get(Select.class, s -> s.withLabel("Quarter")), 3);
        date("Cabinet meeting", 2020, 1, 30);
        clickButton("Propose timetable");
        assertThat(dateOf("Submission deadline")).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(dateOf("Cabinet papers published")).isEqualTo(LocalDate.of(2020, 1, 22));
        date("Cabinet papers published", 2020, 1, 24);
        clickButton("Open quarter");
        assertThat(_get(DatePicker.class, s -> s.withLabel("Cabinet papers published")).getErrorMessage())
                .contains("22 Jan 2020 at the latest");
        assertThat(pageText()).contains("There is a problem", "Cabinet papers published: ");
        date("Submission deadline", 2020, 1, 8);
        date("Cabinet papers published", 2020, 1, 22);
        clickButton("Open quarter");
        assertThat(notificationTexts()).contains("Q3 2019/20 is open: 3 returns created.");
        Grid<?> returns = _find(Grid.class).stream().filter(g -> g.getColumnByKey("adDelivery") != null)
                .findFirst().orElseThrow();
        assertThat(GridKt._size(returns)).isEqualTo(3);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("quarterlyReturn").count()).isGreaterThanOrEqualTo(3);
    }

    private void completeThroughScreens(String adDelivery, Map<String, String> values, String red,
            String adCommissioning, String strategicDirector) {
        fillIn(adDelivery, values);
        values.keySet().forEach(code -> commentary(code, "Commentary on " + code + " from the service."));
        addRemedialAction(red, "Recovery plan agreed with the provider", "Service manager", LocalDate.of(2020, 3, 31));
        confirm("Submit return");
        openMyTask(adCommissioning, "Review return");
        confirm("Approve");
        openMyTask(strategicDirector, "Sign off return");
        confirm("Sign off");
        assertThat(pageText()).contains("Status: Signed off");
    }

    private void fillIn(String adDelivery, Map<String, String> values) {
        openMyTask(adDelivery, "Complete return");
        values.forEach((code, value) -> _setValue(valueField(code), value));
    }

    private void openMyTask(String username, String step) {
        signInAndOpen(username, "tasks");
        Grid<?> tasks = _get(Grid.class,
                s -> s.withPredicate(g -> g.getAriaLabel().filter("My tasks"::equals).isPresent()));
        for (int row = 0; row < GridKt._size(tasks); row++) {
            if (GridKt._getFormatted(tasks, row, "step").equals(step)
                    && cellText(tasks, row, "return").startsWith("Q3 2019/20")) {
                RouterLinkKt._click(cellLink(tasks, row, "return"));
                return;
            }
        }
        throw new AssertionError(username + " has no task '" + step + "' for Q3 2019/20");
    }

    private static void commentary(String code, String text) {
        _setValue(commentaryField(code), text);
    }

    private static TextArea commentaryField(String code) {
        return _get(card(code), TextArea.class, s -> s.withLabel("Commentary"));
    }

    private static void addRemedialAction(String code, String action, String owner, LocalDate due) {
        Section card = card(code);
        _click(_get(card, Button.class, s -> s.withText("Add remedial action")));
        _setValue(_find(card, TextField.class, s -> s.withLabel("Action")).getLast(), action);
        _setValue(_find(card, TextField.class, s -> s.withLabel("Owner")).getLast(), owner);
        _setValue(_find(card, DatePicker.class, s -> s.withLabel("Due date")).getLast(), due);
    }

    private static TextField valueField(String code) {
        return _get(card(code), TextField.class, s -> s.withLabel("Value"));
    }

    private static Section card(String code) {
        return _get(Section.class, s -> s.withClasses("measure-card").withPredicate(section -> section.getChildren()
                .anyMatch(c -> c instanceof H3 h && h.getText().startsWith(code + " "))));
    }

    /** Clicks a button that asks first, and says yes. */
    private static void confirm(String text) {
        clickButton(text);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
    }

    private static void clickButton(String text) {
        _click(_get(Button.class, s -> s.withText(text)));
    }

    private static void date(String label, int year, int month, int day) {
        _setValue(_get(DatePicker.class, s -> s.withLabel(label)), LocalDate.of(year, month, day));
    }

    private static LocalDate dateOf(String label) {
        return _get(DatePicker.class, s -> s.withLabel(label)).getValue();
    }

    private static String pageText() {
        return UI.getCurrent().getChildren().map(Component::getElement).map(e -> ScreenText.of(e))
                .reduce("", String::concat);
    }
}
