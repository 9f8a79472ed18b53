package uk.co.goldenthread.framework.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import uk.co.goldenthread.framework.MeasureSummary;

/** The measures with one kind of gap, each a link to its page where the gap is filled. */
public class ProblemList extends Section {

    public ProblemList(String title, List<MeasureSummary> measures) {
        add(new H3(title + " (" + measures.size() + ")"));
        if (measures.isEmpty()) {
            add(new Paragraph("None."));
            return;
        }
        var grid = new Grid<MeasureSummary>();
        grid.addComponentColumn(m -> new Anchor("measures/" + m.code(), m.code())).setHeader("Code").setKey("code")
                .setAutoWidth(true);
        grid.addColumn(MeasureSummary::title).setHeader("Title").setKey("title").setFlexGrow(1);
        grid.addColumn(MeasureSummary::areaName).setHeader("Commissioning area").setKey("area").setAutoWidth(true);
        grid.addColumn(m -> m.status().label()).setHeader("Status").setKey("status").setAutoWidth(true);
        grid.setItems(measures);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(title);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }
}
