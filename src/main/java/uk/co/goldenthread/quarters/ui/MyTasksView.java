package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.quarters.MyTask;
import uk.co.goldenthread.quarters.ReturnService;

/** The returns waiting for the signed-in person, or for someone they deputise for: to complete, review or sign off. */
@Route("tasks")
@PageTitle("My tasks | Golden Thread")
@Menu(title = "My tasks", order = 1, icon = "vaadin:tasks")
@RolesAllowed({"AD_DELIVERY", "AD_COMMISSIONING", "STRATEGIC_DIRECTOR"})
public class MyTasksView extends Main {

    public MyTasksView(ReturnService returns) {
        List<MyTask> tasks = returns.myTasks();
        add(new H2("My tasks"));
        if (tasks.isEmpty()) {
            add(new Paragraph("Nothing is waiting for you."));
            return;
        }
        var grid = new Grid<MyTask>();
        grid.addColumn(MyTask::step).setHeader("Step").setKey("step").setAutoWidth(true);
        grid.addColumn(MyTask::returnTitle).setHeader("Return").setKey("return").setFlexGrow(1);
        grid.addColumn(t -> t.status().label()).setHeader("Status").setKey("status").setAutoWidth(true);
        grid.addColumn(t -> UkDates.format(t.due())).setHeader("Due").setKey("due").setAutoWidth(true);
        if (tasks.stream().anyMatch(t -> t.onBehalfOf() != null)) {
            grid.addColumn(t -> t.onBehalfOf() == null ? "" : "On behalf of " + t.onBehalfOf()).setHeader("For")
                    .setKey("onBehalfOf").setAutoWidth(true);
        }
        grid.addComponentColumn(t -> {
            var open = new Button("Open", VaadinIcon.ARROW_RIGHT.create(), e -> getUI().ifPresent(ui -> ui.navigate(
                    ReturnView.class, new RouteParameters("returnId", String.valueOf(t.returnId())))));
            open.setAriaLabel("Open " + t.returnTitle());
            return open;
        }).setHeader("").setKey("open").setAutoWidth(true);
        grid.setItems(tasks);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("My tasks");
        add(grid);
    }
}
