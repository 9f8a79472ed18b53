package uk.co.goldenthread.framework.measures.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import uk.co.goldenthread.base.ui.ErrorSummary;
import uk.co.goldenthread.framework.ComparatorKind;
import uk.co.goldenthread.framework.measures.MeasureDetails;
import uk.co.goldenthread.framework.measures.MeasureTargetService;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.ui.LabelledSelect;

/** Benchmarks for a measure: England average, region and statistical neighbours, by period. */
class ComparatorsPanel extends Section {

    ComparatorsPanel(MeasureDetails details, MeasureTargetService targets, Runnable onChange) {
        MeasureSummary m = details.measure();
        var grid = new Grid<MeasureDetails.Comparison>();
        grid.addColumn(c -> c.kind().label()).setHeader("Compared with").setKey("kind").setAutoWidth(true);
        grid.addColumn(MeasureDetails.Comparison::period).setHeader("Period").setKey("period").setAutoWidth(true);
        grid.addColumn(c -> m.format(c.value())).setHeader("Value").setKey("value").setFlexGrow(1);
        grid.setItems(details.comparators());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Comparators");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var kind = new LabelledSelect<>("Compared with", ComparatorKind.values(), ComparatorKind::label, "");
        var period = new TextField("Period");
        period.setHelperText("e.g. 2018/19");
        var value = new TextField("Value");
        value.setHelperText("Leave empty to remove the benchmark for that period");
        var errors = new ErrorSummary();
        var set = new Button("Set comparator", e -> {
            if (errors.attempt(this, () -> targets.setComparator(m.id(), kind.getValue(), period.getValue(),
                    m.unit().parse(value.getValue(), m.decimalPlaces(), "Value")), "Comparator saved.")) {
                onChange.run();
            }
        });
        add(new H3("Comparators"), errors, grid, new Div(kind, period, value, set));
    }
}
