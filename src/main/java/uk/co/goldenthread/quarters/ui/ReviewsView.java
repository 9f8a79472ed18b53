package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.base.ui.CellLink;
import uk.co.goldenthread.quarters.ReviewRow;
import uk.co.goldenthread.quarters.ReviewService;

/** Every return of the AD Commissioning's areas, with how much changed since they last looked. */
@Route("reviews")
@PageTitle("Reviews | Golden Thread")
@Menu(title = "Reviews", order = 2, icon = "vaadin:clipboard-check")
@RolesAllowed("AD_COMMISSIONING")
public class ReviewsView extends Main {

    public ReviewsView(ReviewService reviews) {
        var grid = new Grid<ReviewRow>();
        grid.addComponentColumn(r -> new CellLink(r.period().label() + ": " + r.areaName(), ReturnView.class,
                "returnId", r.returnId())).setHeader("Return").setKey("return").setFlexGrow(1);
        grid.addColumn(ReviewRow::adDeliveryName).setHeader("AD Delivery").setKey("adDelivery").setAutoWidth(true);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setKey("status").setAutoWidth(true);
        grid.addColumn(r -> r.lastLooked() == null ? "Not yet" : UkDates.format(r.lastLooked()))
                .setHeader("You last looked").setKey("lastLooked").setAutoWidth(true);
        grid.addColumn(r -> r.changesSinceLastLook() == 0 ? "None" : r.changesSinceLastLook() + " changes")
                .setHeader("Changed since").setKey("changes").setAutoWidth(true);
        grid.addComponentColumn(r -> new MeasureTrends(r.lines(), r.period().label()))
                .setHeader("Measures").setKey("measures").setFlexGrow(2);
        grid.setItems(reviews.myReviews());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Reviews");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No return of your areas is open: returns appear here when a quarter opens.");
        add(new H2("Reviews"), new Paragraph("Every return of the areas you commission."), grid);
    }
}
