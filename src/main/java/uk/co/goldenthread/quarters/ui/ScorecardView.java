package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.co.goldenthread.base.ui.UserAction;
import uk.co.goldenthread.performance.Rag;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterSummary;
import uk.co.goldenthread.quarters.ScorecardRow;
import uk.co.goldenthread.quarters.ScorecardService;

/** The Strategic Director's scorecard: every return of the directorate for a quarter, with sign-off of all approved. */
@Route("scorecard")
@PageTitle("Scorecard | Golden Thread")
@Menu(title = "Scorecard", order = 5, icon = "vaadin:table")
@RolesAllowed("STRATEGIC_DIRECTOR")
public class ScorecardView extends Main {

    private final ScorecardService scorecards;
    private final Select<QuarterSummary> quarter = new Select<>();
    private final Grid<ScorecardRow> grid = new Grid<>();

    public ScorecardView(ScorecardService scorecards, QuarterService quarters) {
        this.scorecards = scorecards;
        quarter.setLabel("Quarter");
        quarter.setItemLabelGenerator(q -> q.period().label());
        quarter.setItems(quarters.list());
        quarter.addValueChangeListener(e -> refresh());
        grid.addColumn(ScorecardRow::areaName).setHeader("Commissioning area").setKey("area").setFlexGrow(1);
        grid.addColumn(ScorecardRow::adDeliveryName).setHeader("AD Delivery").setKey("adDelivery").setAutoWidth(true);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setKey("status").setAutoWidth(true);
        for (Rag rag : Rag.values()) {
            grid.addColumn(r -> r.ragCounts().get(rag)).setHeader(rag.label()).setKey(rag.name().toLowerCase());
        }
        grid.addComponentColumn(r -> OpenReturnButton.of(r.returnId(), r.areaName() + " return"))
                .setKey("open").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        var signOffAll = new Button("Sign off all approved returns", e -> {
            if (quarter.getValue() != null && UserAction.attempt(() -> scorecards.signOffAllApproved(quarter.getValue().id()),
                    "Every approved return waiting for you is signed off.")) {
                refresh();
            }
        });
        signOffAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Scorecard"), new Paragraph("Every return of your directorate, with its measures by RAG rating."),
                quarter, grid, signOffAll);
        quarters.list().stream().findFirst().ifPresent(quarter::setValue);
    }

    private void refresh() {
        grid.setItems(quarter.getValue() == null ? java.util.List.of() : scorecards.scorecard(quarter.getValue().id()));
    }
}
