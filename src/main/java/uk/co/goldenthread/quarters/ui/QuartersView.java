package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.base.ui.CellLink;
import uk.co.goldenthread.base.ui.UserAction;
import uk.co.goldenthread.quarters.workflow.OverdueSteps;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterStatus;
import uk.co.goldenthread.quarters.QuarterSummary;
import uk.co.goldenthread.quarters.ReturnSummary;

/** The Performance Team's quarters: open one, follow and open each return of a quarter, close one early. */
@Route("quarters")
@PageTitle("Quarters | Golden Thread")
@Menu(title = "Quarters", order = 2, icon = "vaadin:calendar")
@RolesAllowed("PERFORMANCE_TEAM")
public class QuartersView extends Main {

    private final QuarterService quarters;
    private final Grid<QuarterSummary> quarterGrid = new Grid<>();
    private final Grid<ReturnSummary> returnGrid = new Grid<>();
    private final H3 returnsHeading = new H3();
    private final Div closeEarlyBar = new Div();

    public QuartersView(QuarterService quarters, OverdueSteps overdue, Clock clock) {
        this.quarters = quarters;
        LocalDate today = LocalDate.now(clock);
        int financialYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        OpenQuarterForm[] form = new OpenQuarterForm[1];
        var routes = new OpeningPreviewPanel(() -> form[0].period(), quarters::preview);
        form[0] = new OpenQuarterForm(financialYear, quarters::proposeTimetable, period -> quarters.list().stream()
                .filter(q -> q.period().equals(period)).findFirst().map(q -> q.period().label() + " was opened "
                        + "already: it is at '" + q.status().label() + "'."), request -> {
            try {
                QuarterSummary opened = quarters.open(request, routes.reasonForNowhere());
                form[0].clearErrors();
                form[0].recheck();
                UserAction.showSuccess(opened.period().label() + " is open: " + opened.returnCount() + " returns created.");
                refresh();
            } catch (InvalidInputException e) {
                form[0].showErrors(e);
                if (e.fieldErrors().containsKey(QuarterService.NOWHERE_REASON)) {
                    routes.markReason(e.fieldErrors().get(QuarterService.NOWHERE_REASON));
                }
            } catch (uk.co.goldenthread.base.DomainException e) {
                form[0].showError(e.getMessage());
            } catch (RuntimeException e) {
                UserAction.attempt(() -> { throw e; }, "");
            }
        });
        quarterGrid.addColumn(q -> q.period().label()).setHeader("Quarter").setKey("quarter").setAutoWidth(true);
        quarterGrid.addColumn(q -> q.status().label()).setHeader("Status").setKey("status").setAutoWidth(true);
        quarterGrid.addColumn(q -> q.signedOffCount() + " of " + q.returnCount()).setHeader("Returns signed off")
                .setKey("signedOff").setAutoWidth(true);
        quarterGrid.addColumn(q -> UkDates.format(q.submissionDue())).setHeader("Submission deadline").setKey("submission");
        quarterGrid.addColumn(q -> UkDates.format(q.publicationDate())).setHeader("Cabinet papers published")
                .setKey("publication");
        quarterGrid.addColumn(q -> UkDates.format(q.cabinetDate())).setHeader("Cabinet meeting").setKey("cabinet");
        quarterGrid.setAllRowsVisible(true);
        quarterGrid.setAriaLabel("Quarters");
        quarterGrid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        quarterGrid.setEmptyStateText("No quarter has been opened yet: choose the financial year and quarter, then "
                + "propose a timetable.");
        quarterGrid.asSingleSelect().addValueChangeListener(e -> showReturns(e.getValue()));
        returnGrid.addComponentColumn(r -> new CellLink(r.areaName(), ReturnView.class, "returnId", r.id()))
                .setHeader("Commissioning area").setKey("area");
        returnGrid.addColumn(r -> r.directorateName()).setHeader("Directorate").setKey("directorate");
        returnGrid.addColumn(r -> r.adDeliveryName()).setHeader("AD Delivery").setKey("adDelivery");
        returnGrid.addColumn(r -> r.status().label()).setHeader("Status").setKey("status");
        returnGrid.setAllRowsVisible(true);
        returnGrid.setAriaLabel("Returns of the selected quarter");
        returnGrid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        returnGrid.setEmptyStateText("Choose a quarter above to see its returns.");
        add(new H2("Quarters"));
        var escalated = overdue.escalatedToMe();
        if (!escalated.isEmpty()) {
            add(new EscalatedStepsSection(escalated));
        }
        add(form[0], routes, quarterGrid, returnsHeading, closeEarlyBar, returnGrid);
        refresh();
    }

    private void refresh() {
        var all = quarters.list();
        quarterGrid.setItems(all);
        showReturns(all.isEmpty() ? null : all.getFirst());
    }

    private void showReturns(@Nullable QuarterSummary quarter) {
        closeEarlyBar.removeAll();
        if (quarter != null && quarter.status() == QuarterStatus.OPEN) {
            closeEarlyBar.add(new Button("Close " + quarter.period().label() + " early", e -> new ReasonDialog(
                    "Close " + quarter.period().label() + " early?",
                    "Returns not signed off are marked missing and listed as missing in the pack: their"
                            + " open steps end and the quarter goes on to Compile pack.",
                    "Close " + quarter.period().label() + " early", "Kept with the quarter in the audit trail",
                    reason -> {
                        quarters.closeEarly(quarter.id(), reason);
                        UserAction.showSuccess(quarter.period().label() + " closed early.");
                        refresh();
                    }).open()));
        }
        returnsHeading.setText(quarter == null ? "" : "Returns for " + quarter.period().label());
        returnGrid.setItems(quarter == null ? java.util.List.of() : quarters.returnsOf(quarter.id()));
    }
}
