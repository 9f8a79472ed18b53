package uk.co.goldenthread.packs.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.base.ui.ActionWithReason;
import uk.co.goldenthread.base.ui.CellLink;
import uk.co.goldenthread.base.ui.Confirmation;
import uk.co.goldenthread.base.ui.ErrorSummary;
import uk.co.goldenthread.base.ui.UserAction;
import uk.co.goldenthread.packs.PackCorrectionService;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackStatus;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.packs.ReturnsCorrectionService;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterStatus;

/** Packs: compile one when a quarter is signed off, record the Cabinet decision, publish. Cabinet reads them here. */
@Route("packs")
@PageTitle("Packs | Golden Thread")
@Menu(title = "Packs", order = 3, icon = "vaadin:book")
@RolesAllowed({"PERFORMANCE_TEAM", "CABINET"})
public class PacksView extends Main {

    private final PackService packs;
    private final QuarterService quarters;
    private final PackCorrectionService corrections;
    private final ReturnsCorrectionService throughReturns;
    private final boolean performanceTeam;
    private final String me;
    private final Clock clock;
    private final Div actions = new Div();
    private final ErrorSummary compileErrors = new ErrorSummary();
    private final Grid<PackSummary> grid = new Grid<>();
    private final Compilations compilations = Compilations.of(VaadinSession.getCurrent());
    private final Consumer<Compilations.Outcome> onCompiled = this::compiled;

    public PacksView(PackService packs, QuarterService quarters, PackCorrectionService corrections,
            ReturnsCorrectionService throughReturns, AuthenticationContext auth, Clock clock) {
        this.packs = packs;
        this.clock = clock;
        this.quarters = quarters;
        this.corrections = corrections;
        this.throughReturns = throughReturns;
        this.performanceTeam = auth.hasRole("PERFORMANCE_TEAM");
        this.me = auth.getPrincipalName().orElse("");
        grid.addComponentColumn(p -> new CellLink(p.title(), PackView.class, "packId", p.id())).setHeader("Pack")
                .setKey("title").setFlexGrow(1);
        grid.addColumn(PackSummary::version).setHeader("Version").setKey("version").setAutoWidth(true);
        grid.addColumn(p -> p.status().label()).setHeader("Status").setKey("status").setAutoWidth(true);
        grid.addColumn(p -> UkDates.format(p.compiledAt())).setHeader("Compiled").setKey("compiled").setAutoWidth(true);
        grid.addColumn(p -> p.decision() == null ? "" : p.decision().label() + " on " + UkDates.format(p.cabinetDate()))
                .setHeader("Cabinet decision").setKey("decision").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Packs");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No pack has been compiled yet. A pack can be compiled once every return of a quarter is "
                + "signed off, or the quarter is closed early.");
        add(new H2("Packs"), compileErrors, actions, grid);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        compilations.show(attach.getUI(), onCompiled);
        compilations.takeUnseen().forEach(this::showRefusal);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        compilations.hide(detach.getUI(), onCompiled);
    }

    /** Compiling runs in the background (a large pack takes a minute or more); the page shows it until it ends. */
    private void startCompiling(long quarterId, String label) {
        compileErrors.clear();
        compilations.start(UI.getCurrent(), quarterId, label, () -> packs.compile(quarterId));
        refresh();
    }

    private void compiled(Compilations.Outcome outcome) {
        refresh();
        if (outcome.refusal() == null) {
            compileErrors.clear();
            UserAction.showSuccess("Pack compiled for " + outcome.label() + ".");
        } else {
            showRefusal(outcome);
        }
    }

    /** Why a pack was not compiled, under "There is a problem": the service's words, or plain ones for a fault. */
    private void showRefusal(Compilations.Outcome outcome) {
        RuntimeException refusal = outcome.refusal();
        if (refusal instanceof DomainException || refusal instanceof AccessDeniedException) {
            compileErrors.attempt(this, () -> {
                throw refusal;
            });
        } else if (refusal != null) {
            compileErrors.show(List.of(new ErrorSummary.Item("The " + outcome.label() + " pack was not compiled: "
                    + "something went wrong on the server, and nothing was saved. Try again; if it fails again, tell "
                    + "the support team.", null)));
        }
    }

    private static Div progress(String label) {
        var bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.getElement().setAttribute("aria-label", "Compiling the " + label + " pack");
        var note = new Paragraph("You can go to another page meanwhile: the pack goes on compiling, and this page "
                + "shows how it ended.");
        var progress = new Div(bar, note);
        progress.getElement().setAttribute("role", "status");
        return progress;
    }

    private void refresh() {
        actions.removeAll();
        var all = packs.all();
        grid.setItems(all);
        if (!performanceTeam) {
            return;
        }
        packs.readyToCompile().forEach(q -> {
            String label = q.period().label();
            PackSummary latest = packs.latestFor(q.id());
            int version = latest == null ? 1 : latest.version() + 1;
            var correction = throughReturns.openFor(q.id());
            var compile = new Button("Compile pack for " + label, e -> Confirmation.ask("Compile the " + label + " pack?",
                    "This compiles version " + version + " of the " + label + " pack from the returns as they stand. "
                            + "A compiled version cannot be changed: a correction is a new version. It is not public "
                            + (correction == null ? "until you publish the Cabinet papers."
                                    : "until you publish it as the correction: \"" + correction.changeNote() + "\"."),
                    "Compile pack for " + label, () -> startCompiling(q.id(), label)));
            compile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(new Paragraph(correction != null ? "The returns sent back for the correction of "
                    + q.period().label() + " are signed off again." : q.status() == QuarterStatus.CLOSED_EARLY
                    ? q.period().label() + " was closed early: " + (q.returnCount() - q.signedOffCount())
                            + " of its returns will be listed as missing."
                    : "Every return of " + q.period().label() + " is signed off."));
            if (compilations.isRunning(q.id())) {
                actions.add(new ActionWithReason(compile).canAct("Compiling the " + label + " pack…"),
                        progress(label));
            } else {
                actions.add(compile);
            }
        });
        quarters.list().stream().filter(q -> q.status() == QuarterStatus.OPEN).forEach(q -> actions.add(
                new ActionWithReason(new Button("Compile pack for " + q.period().label())).canAct(q.signedOffCount()
                        + " of " + q.returnCount() + " returns of " + q.period().label() + " are signed off: a pack is "
                        + "compiled once every return is signed off, or the quarter is closed early (on Quarters).")));
        var latestOfEachQuarter = new java.util.HashSet<Long>();
        all.stream().filter(p -> p.status() != PackStatus.PUBLISHED || latestOfEachQuarter.add(p.quarterId())
                && p.equals(packs.latestFor(p.quarterId())))
                .forEach(p -> {
                    if (p.status() == PackStatus.COMPILED && p.correctionNote() != null) {
                        actions.add(new ReturnsCorrectionForm(p, throughReturns, this::refresh));
                        return;
                    }
                    actions.add(new PackActions(p, packs, quarters, clock, this::refresh));
                    if (p.status() == PackStatus.PUBLISHED) {
                        actions.add(new ReturnsCorrectionForm(p, throughReturns, this::refresh));
                        actions.add(new CommentaryCorrectionForm(p, packs.content(p.id()).lines(), corrections,
                                me, this::refresh));
                    }
                });
    }
}
