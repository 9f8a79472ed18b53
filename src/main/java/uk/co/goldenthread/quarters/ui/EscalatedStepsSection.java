package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.base.ui.CellLink;
import uk.co.goldenthread.quarters.workflow.EscalatedStep;

/** "Overdue steps escalated to you": for the next level up, what is late, with whom, and by how much. */
class EscalatedStepsSection extends Section {

    static final String HEADING = "Overdue steps escalated to you";

    EscalatedStepsSection(List<EscalatedStep> steps) {
        var grid = new Grid<EscalatedStep>();
        grid.addComponentColumn(s -> new CellLink(s.returnTitle(), ReturnView.class, "returnId", s.returnId()))
                .setHeader("Return").setKey("return").setFlexGrow(1);
        grid.addColumn(EscalatedStep::step).setHeader("Step").setKey("step").setAutoWidth(true);
        grid.addColumn(EscalatedStep::withName).setHeader("With").setKey("with").setAutoWidth(true);
        grid.addColumn(s -> UkDates.format(s.due())).setHeader("Due").setKey("due").setAutoWidth(true);
        grid.addComponentColumn(s -> OverdueBadge.of(s.lateness())).setHeader("How late").setKey("late")
                .setAutoWidth(true);
        grid.setItems(steps);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(HEADING);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H3(HEADING), grid);
    }
}
