package uk.co.goldenthread.framework.measures.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.co.goldenthread.base.ui.CellLink;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.measures.MeasureQueryService;
import uk.co.goldenthread.framework.measures.MeasureRevisionService;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.structure.FrameworkStructureService;
import uk.co.goldenthread.framework.versions.FrameworkVersionService;
import uk.co.goldenthread.framework.measures.MeasureFilter;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.structure.OutcomeNode;
import uk.co.goldenthread.people.PeopleService;

/** KBMs, KBIs and indicators: search and filter them, page by page; add, edit, retire or revise one. */
@Route("measures")
@PageTitle("Measures | Golden Thread")
@Menu(title = "Measures", order = 11, icon = "vaadin:list")
@RolesAllowed("PERFORMANCE_TEAM")
public class MeasuresView extends Main {

    private final Grid<MeasureSummary> grid = new Grid<>();
    private MeasureFilter filter = MeasureFilter.none();

    public MeasuresView(FrameworkAdminService admin, MeasureQueryService queries, MeasureRevisionService revisions,
            FrameworkStructureService structure, FrameworkService framework, FrameworkVersionService versions,
            PeopleService people) {
        var editor = new MeasureEditor(admin, queries, revisions, versions, people);
        editor.setChoices(framework.areas(),
                structure.outcomeTree().stream().flatMap(OutcomeNode::withDescendants).toList());
        editor.onSaved(() -> grid.getDataProvider().refreshAll());
        var filters = new MeasureFilters(structure.directorates(), chosen -> {
            filter = chosen;
            grid.getDataProvider().refreshAll();
        });
        grid.addComponentColumn(m -> new CellLink(m.code(), MeasurePage.class, "code", m.code())).setHeader("Code")
                .setKey("code").setAutoWidth(true);
        grid.addColumn(MeasureSummary::title).setHeader("Title").setKey("title").setFlexGrow(1);
        grid.addColumn(m -> m.kind().label()).setHeader("Type").setKey("type").setAutoWidth(true);
        grid.addColumn(m -> m.status().label()).setHeader("Status").setKey("status").setAutoWidth(true);
        grid.addColumn(MeasureSummary::areaName).setHeader("Commissioning area").setKey("area").setAutoWidth(true);
        grid.addColumn(m -> m.improvementCategory() == null ? "" : m.improvementCategory().label())
                .setHeader("Improvement category").setKey("category").setAutoWidth(true);
        grid.setItems(query -> queries.findMeasures(filter, query.getPage(), query.getPageSize()).stream(),
                query -> (int) queries.countMeasures(filter));
        grid.setAriaLabel("Measures");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editor.edit(e.getValue());
            }
        });
        add(new H2("Measures"), filters, new Button("New measure", VaadinIcon.PLUS.create(), e -> editor.addNew()),
                grid, editor);
    }
}
