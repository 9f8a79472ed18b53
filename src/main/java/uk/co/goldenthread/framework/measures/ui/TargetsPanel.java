package uk.co.goldenthread.framework.measures.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.base.ui.ErrorSummary;
import uk.co.goldenthread.framework.measures.MeasureDetails;
import uk.co.goldenthread.framework.measures.MeasureTargetService;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.ui.LabelledSelect;

/** A measure's targets per financial year, and per quarter where a quarter differs; set, change or remove one. */
class TargetsPanel extends Section {

    TargetsPanel(MeasureDetails details, MeasureTargetService targets, int currentYear, Runnable onChange) {
        MeasureSummary m = details.measure();
        var grid = new Grid<MeasureDetails.Target>();
        grid.addColumn(MeasureDetails.Target::period).setHeader("Period").setKey("period").setAutoWidth(true);
        grid.addColumn(t -> m.format(t.value())).setHeader("Target").setKey("target").setFlexGrow(1);
        grid.setItems(details.targets());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Targets");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var year = new LabelledSelect<>("Financial year", IntStream.rangeClosed(currentYear - 6, currentYear + 2).boxed()
                .toList().reversed().toArray(Integer[]::new), FinancialQuarter::yearLabel, "");
        year.setValue(currentYear);
        var quarter = new LabelledSelect<>("Quarter", new Integer[] {1, 2, 3, 4}, q -> "Q" + q, "Whole year");
        var value = new TextField("Target");
        value.setHelperText("In " + m.unit().label() + "; leave empty to remove the target for that period");
        var errors = new ErrorSummary();
        var set = new Button("Set target", e -> {
            if (errors.attempt(this, () -> targets.setTarget(m.id(), year.getValue(), quarter.getValue(),
                    m.unit().parse(value.getValue(), m.decimalPlaces(), "Target")), "Target saved.")) {
                onChange.run();
            }
        });
        add(new H3("Targets"), errors, grid, new Div(year, quarter, value, set));
    }
}
