package uk.co.goldenthread.framework.intentions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.framework.measures.MeasureQueryService;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.structure.FrameworkStructureService;
import uk.co.goldenthread.framework.intentions.IntentionService;
import uk.co.goldenthread.framework.IntentionSummary;
import uk.co.goldenthread.framework.measures.MeasureFilter;
import uk.co.goldenthread.framework.structure.OutcomeNode;
import uk.co.goldenthread.framework.ui.PersonNames;
import uk.co.goldenthread.people.PeopleService;

/** Commissioning intentions: what is commissioned from delivery or the market, with owners and milestones. */
@Route("intentions")
@PageTitle("Intentions | Golden Thread")
@Menu(title = "Intentions", order = 13, icon = "vaadin:flag")
@RolesAllowed("PERFORMANCE_TEAM")
public class IntentionsView extends Main {

    /** Enough for any council's framework: Warwickshire's has 63 KBMs. */
    private static final int ALL_MEASURES = 2000;

    private final IntentionService intentions;
    private final Grid<IntentionSummary> grid = new Grid<>();
    private final MilestonesPanel milestones;

    public IntentionsView(IntentionService intentions, FrameworkService framework, FrameworkStructureService structure,
            MeasureQueryService admin, PeopleService people) {
        this.intentions = intentions;
        var names = new PersonNames(people);
        var editor = new IntentionEditor(intentions, people, framework.areas(),
                structure.outcomeTree().stream().flatMap(OutcomeNode::withDescendants).toList(),
                admin.findMeasures(MeasureFilter.none(), 0, ALL_MEASURES));
        editor.onSaved(this::refresh);
        milestones = new MilestonesPanel(intentions, this::refresh);
        grid.addColumn(IntentionSummary::code).setHeader("Code").setKey("code").setAutoWidth(true);
        grid.addColumn(IntentionSummary::title).setHeader("Intention").setKey("title").setFlexGrow(1);
        grid.addColumn(i -> i.kind().label()).setHeader("Kind").setKey("kind").setAutoWidth(true);
        grid.addColumn(i -> i.areaName() == null ? "" : i.areaName()).setHeader("Commissioning area").setKey("area");
        grid.addColumn(i -> i.allAds() ? "All ADs" : names.of(i.ownerId())).setHeader("Owner").setKey("owner");
        grid.addColumn(i -> i.milestones().stream().filter(m -> m.due() != null).findFirst()
                .map(m -> m.title() + ", " + UkDates.format(m.due())).orElse("")).setHeader("First milestone")
                .setKey("milestone");
        grid.setAriaLabel("Intentions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editor.edit(e.getValue());
                milestones.show(e.getValue());
            }
        });
        add(new H2("Intentions"), new Paragraph("What is commissioned from delivery or the market: a service or a "
                + "milestone, with an owner, the measures that show progress, and milestones with due dates."),
                new Button("New intention", VaadinIcon.PLUS.create(), e -> editor.addNew()), grid, editor, milestones);
        refresh();
    }

    private void refresh() {
        var all = intentions.intentions();
        grid.setItems(all);
        all.stream().filter(i -> milestones.showing(i.id())).findFirst()
                .ifPresent(milestones::show);
    }
}
