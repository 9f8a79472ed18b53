package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.base.ui.CellLink;
import uk.co.goldenthread.quarters.workflow.EscalatedStep;
import uk.co.goldenthread.quarters.MyTask;
import uk.co.goldenthread.quarters.workflow.OverdueSteps;
import uk.co.goldenthread.quarters.ReturnService;

/** The returns waiting for the signed-in person or those they deputise for, overdue ones marked, and the late steps
 * escalated to them. */
@Route("tasks")
@PageTitle("My tasks | Golden Thread")
@Menu(title = "My tasks", order = 1, icon = "vaadin:tasks")
@RolesAllowed({"AD_DELIVERY", "AD_COMMISSIONING", "STRATEGIC_DIRECTOR"})
public class MyTasksView extends Main {

    public MyTasksView(ReturnService returns, OverdueSteps overdue) {
        List<MyTask> tasks = returns.myTasks();
        add(new H2("My tasks"));
        if (tasks.isEmpty()) {
            add(new Paragraph("Nothing is waiting for you."));
        } else {
            add(taskGrid(tasks, overdue));
        }
        List<EscalatedStep> escalated = overdue.escalatedToMe();
        if (!escalated.isEmpty()) {
            add(new EscalatedStepsSection(escalated));
        }
    }

    private Grid<MyTask> taskGrid(List<MyTask> tasks, OverdueSteps overdue) {
        var grid = new Grid<MyTask>();
        grid.addComponentColumn(t -> new CellLink(t.returnTitle(), ReturnView.class, "returnId", t.returnId()))
                .setHeader("Return").setKey("return").setFlexGrow(1);
        grid.addColumn(MyTask::step).setHeader("Step").setKey("step").setAutoWidth(true);
        grid.addColumn(t -> t.status().label()).setHeader("Status").setKey("status").setAutoWidth(true);
        if (tasks.stream().anyMatch(t -> t.onBehalfOf() != null)) {
            grid.addColumn(t -> t.onBehalfOf() == null ? "" : "On behalf of " + t.onBehalfOf()).setHeader("For")
                    .setKey("onBehalfOf").setAutoWidth(true);
        }
        grid.addComponentColumn(t -> {
            var due = new Div(new Span(UkDates.format(t.due())));
            if (overdue.isOverdue(t)) {
                due.add(new Span(" "), OverdueBadge.of("Overdue"));
            }
            return due;
        }).setHeader("Due").setKey("due").setAutoWidth(true);
        grid.setItems(tasks);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("My tasks");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }
}
