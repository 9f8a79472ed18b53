package uk.co.goldenthread.quarters.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.framework.structure.AreaForm;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.structure.FrameworkStructureService;
import uk.co.goldenthread.framework.TestMeasure;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.quarters.MeasureRoute;

/** The Quarters page previews where each measure goes, and opens without one only when ticked off with a reason. */
@Transactional
class OpeningPreviewViewTest extends UiTest {

    @Test
    void aMeasureThatGoesNowhereIsShownAndHoldsTheQuarterUntilTickedOffWithAReason() {
        SignIn.as(context, "priya.shah");
        var structure = context.getBean(FrameworkStructureService.class);
        long clare = context.getBean(PeopleService.class).findByUsername("clare.foster").orElseThrow().id();
        long area = structure.saveArea(null, new AreaForm("Area with nobody to deliver",
                structure.directorates().getFirst().id(), clare, Set.of()));
        var lonely = new TestMeasure("LONE03", "Residents helped by the lonely area");
        lonely.areaId = area;
        context.getBean(FrameworkAdminService.class).addMeasure(lonely.form());

        signInAndOpen("priya.shah", "quarters");
        _setValue(_get(Select.class, s -> s.withLabel("Financial year")), 2026);
        _setValue(_get(Select.class, s -> s.withLabel("Quarter")), 2);
        click("Preview where measures go");

        Grid<MeasureRoute> grid = _get(Grid.class,
                s -> s.withPredicate(g -> "Where each measure and intention goes".equals(g.getAriaLabel().orElse(null))));
        MeasureRoute first = GridKt._get(grid, 0);
        assertThat(first.code()).isEqualTo("LONE03");
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormattedRow(grid, row)))
                .anySatisfy(row -> assertThat(row).contains("LONE03", "\u26a0 No return", "no AD Delivery in area"))
                .anySatisfy(row -> assertThat(row).contains("FIN01", "Strategic Finance (James Lewis)"));

        _setValue(_get(DatePicker.class, s -> s.withLabel("Cabinet meeting")), LocalDate.of(2026, 11, 26));
        click("Propose timetable");
        click("Open quarter");
        assertThat(_get(com.vaadin.flow.component.Component.class, s -> s.withClasses("error-summary")).getElement()
                .getTextRecursively()).contains("There is a problem", "LONE03 (no AD Delivery in area)");
        assertThat(notificationTexts()).as("errors are on the form, not in a toast").isEmpty();

        _setValue(_get(Checkbox.class, s -> s.withLabel("Open without the measures and intentions that go to no return")), true);
        click("Open quarter");
        TextArea reason = _get(TextArea.class, s -> s.withLabel("Reason for opening without them"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("LONE03");

        _setValue(reason, "The new area's AD Delivery starts next quarter");
        click("Open quarter");
        assertThat(notificationTexts()).anySatisfy(n -> assertThat(n).startsWith("Q2 2026/27 is open"));
    }

    private static void click(String text) {
        _click(_get(Button.class, s -> s.withText(text)));
    }
}
