package uk.co.goldenthread.quarters.ui;

import uk.co.goldenthread.base.NoSuchRecordException;
import uk.co.goldenthread.base.ui.PageNotFound;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import uk.co.goldenthread.audit.AuditChange;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnHistory;
import uk.co.goldenthread.quarters.ReturnService;

/** A return's history as a timeline: who (on whose behalf), when, what changed and why; exported to CSV for audit. */
@Route("returns/:returnId/history")
@PageTitle("Return history | Golden Thread")
@RolesAllowed({"AD_DELIVERY", "AD_COMMISSIONING", "STRATEGIC_DIRECTOR", "PERFORMANCE_TEAM"})
public class ReturnHistoryView extends Main implements BeforeEnterObserver {

    private final ReturnService returns;
    private final ReturnHistory history;

    public ReturnHistoryView(ReturnService returns, ReturnHistory history) {
        this.returns = returns;
        this.history = history;
        addClassName("return-history");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long returnId = PageNotFound.id(event.getRouteParameters(), "returnId");
        try {
            ReturnDetails ret = returns.get(returnId);
            List<AuditChange> changes = history.of(returnId);
            add(new H2("History: " + ret.title()), new RouterLink("Back to the return", ReturnView.class,
                    new RouteParameters("returnId", String.valueOf(returnId))));
            var grid = new Grid<AuditChange>();
            grid.addColumn(c -> UkDates.format(c.at())).setHeader("When").setKey("when").setAutoWidth(true);
            grid.addColumn(AuditChange::person).setHeader("Who").setKey("who").setAutoWidth(true);
            grid.addColumn(AuditChange::change).setHeader("What changed").setKey("change").setFlexGrow(1);
            grid.addColumn(c -> c.reason() == null ? "" : c.reason()).setHeader("Reason").setKey("reason").setFlexGrow(1);
            grid.setItems(changes);
            grid.setAllRowsVisible(true);
            grid.setAriaLabel("Changes to this return, oldest first");
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            var export = new Anchor(DownloadHandler.fromInputStream(download -> {
                byte[] csv = history.csv(returnId);
                return new DownloadResponse(new ByteArrayInputStream(csv), "return-" + returnId + "-history.csv",
                        "text/csv; charset=UTF-8", csv.length);
            }), "Export to CSV");
            export.addClassName("export-csv");
            add(changes.isEmpty() ? new Paragraph("Nothing has changed yet.") : grid, export);
        } catch (NoSuchRecordException e) {
            throw PageNotFound.because(e);
        } catch (DomainException e) {
            add(new H2("History not available"), new Paragraph(e.getMessage()));
        }
    }
}
