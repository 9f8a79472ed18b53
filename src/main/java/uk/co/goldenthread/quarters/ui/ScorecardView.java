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
import java.util.List;
import java.util.stream.Collectors;
import uk.co.goldenthread.base.ui.ActionWithReason;
import uk.co.goldenthread.base.ui.CellLink;
import uk.co.goldenthread.base.ui.Confirmation;
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
    private List<ScorecardRow> rows = List.of();
    private final Select<QuarterSummary> quarter = new Select<>();
    private final Grid<ScorecardRow> grid = new Grid<>();
    private final Button signOffAll = new Button("Sign off all approved returns");
    private final ActionWithReason signOffAllAction = new ActionWithReason(signOffAll);

    public ScorecardView(ScorecardService scorecards, QuarterService quarters) {
        this.scorecards = scorecards;
        quarter.setLabel("Quarter");
        quarter.setItemLabelGenerator(q -> q.period().label());
        quarter.setItems(quarters.list());
        quarter.addValueChangeListener(e -> refresh());
        grid.addComponentColumn(r -> new CellLink(r.areaName(), ReturnView.class, "returnId", r.returnId()))
                .setHeader("Commissioning area").setKey("area").setFlexGrow(1);
        grid.addColumn(ScorecardRow::adDeliveryName).setHeader("AD Delivery").setKey("adDelivery").setAutoWidth(true);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setKey("status").setAutoWidth(true);
        for (Rag rag : Rag.values()) {
            grid.addColumn(r -> r.ragCounts().get(rag)).setHeader(rag.label()).setKey(rag.name().toLowerCase());
        }
        grid.addComponentColumn(r -> new MeasureTrends(r.lines(), quarter.getValue() == null ? ""
                : quarter.getValue().period().label())).setHeader("Measures").setKey("measures").setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Scorecard");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        signOffAll.addClickListener(e -> confirmSignOffAll());
        signOffAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Scorecard"), new Paragraph("Every return of your directorate, with its measures by RAG rating."),
                quarter, grid, signOffAllAction);
        quarters.list().stream().findFirst().ifPresentOrElse(quarter::setValue, this::refresh);
    }

    private void refresh() {
        rows = quarter.getValue() == null ? List.of() : scorecards.scorecard(quarter.getValue().id());
        grid.setItems(rows);
        signOffAllAction.canAct(quarter.getValue() == null ? "Choose a quarter first."
                : !ready().isEmpty() ? null
                : "Nothing to sign off: no return of " + quarter.getValue().period().label() + " is approved and "
                        + "waiting for you.");
    }

    private List<ScorecardRow> ready() {
        return rows.stream().filter(ScorecardRow::canSignOff).toList();
    }

    private void confirmSignOffAll() {
        List<ScorecardRow> ready = ready();
        if (ready.isEmpty() || quarter.getValue() == null) {
            return;
        }
        long quarterId = quarter.getValue().id();
        String count = ready.size() == 1 ? "1 return" : ready.size() + " returns";
        Confirmation.ask("Sign off " + (ready.size() == 1 ? "1 approved return" : ready.size() + " approved returns")
                        + " for " + quarter.getValue().period().label() + "?",
                ready.stream().map(r -> r.areaName() + " (" + r.adDeliveryName() + ")").collect(Collectors.joining(", "))
                        + ". " + (ready.size() == 1 ? "It is" : "They are") + " then ready for the pack the Performance"
                        + " Team compiles for Cabinet, and cannot be changed unless Cabinet refers "
                        + (ready.size() == 1 ? "it" : "them") + " back.",
                "Sign off " + count,
                () -> {
                    if (UserAction.attempt(() -> scorecards.signOffAllApproved(quarterId),
                            "Every approved return waiting for you is signed off.")) {
                        refresh();
                    }
                });
    }
}
