package uk.co.goldenthread.framework.structure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.co.goldenthread.framework.AreaSummary;
import uk.co.goldenthread.framework.structure.DirectorateSummary;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.structure.FrameworkStructureService;
import uk.co.goldenthread.framework.ui.PersonNames;
import uk.co.goldenthread.people.PeopleService;

/** Directorates and their commissioning areas, with the people accountable for each; people are one link away. */
@Route("areas")
@PageTitle("Areas and people | Golden Thread")
@Menu(title = "Areas and people", order = 12, icon = "vaadin:office")
@RolesAllowed("PERFORMANCE_TEAM")
public class AreasView extends Main {

    private final FrameworkStructureService structure;
    private final FrameworkService framework;
    private final Grid<DirectorateSummary> directorates = new Grid<>();
    private final Grid<AreaSummary> areas = new Grid<>();
    private final DirectorateEditor directorateEditor;
    private final AreaEditor areaEditor;

    public AreasView(FrameworkStructureService structure, FrameworkService framework, PeopleService people) {
        this.structure = structure;
        this.framework = framework;
        var names = new PersonNames(people);
        directorateEditor = new DirectorateEditor(structure, people);
        areaEditor = new AreaEditor(structure, people);
        directorateEditor.onSaved(this::refresh);
        areaEditor.onSaved(this::refresh);
        directorates.addColumn(DirectorateSummary::name).setHeader("Directorate").setKey("name").setFlexGrow(1);
        directorates.addColumn(d -> names.of(d.strategicDirectorId())).setHeader("Strategic Director").setKey("director");
        directorates.setAllRowsVisible(true);
        directorates.setAriaLabel("Directorates");
        directorates.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        directorates.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                directorateEditor.edit(e.getValue());
            }
        });
        areas.addColumn(AreaSummary::directorateName).setHeader("Directorate").setKey("directorate");
        areas.addColumn(AreaSummary::name).setHeader("Commissioning area").setKey("name").setFlexGrow(1);
        areas.addColumn(a -> names.of(a.adCommissioningId())).setHeader("AD Commissioning").setKey("commissioning");
        areas.addColumn(a -> names.of(a.adDeliveryIds())).setHeader("AD Delivery").setKey("delivery");
        areas.setAllRowsVisible(true);
        areas.setAriaLabel("Commissioning areas");
        areas.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        areas.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                areaEditor.edit(e.getValue());
            }
        });
        add(new H2("Areas and people"), new Paragraph(new Anchor("people", "People: roles, leavers and deputies")),
                new H3("Directorates"), new Button("New directorate", VaadinIcon.PLUS.create(), e -> directorateEditor.addNew()),
                directorates, directorateEditor,
                new H3("Commissioning areas"), new Button("New commissioning area", VaadinIcon.PLUS.create(),
                        e -> areaEditor.addNew()), areas, areaEditor);
        refresh();
    }

    private void refresh() {
        var all = structure.directorates();
        directorates.setItems(all);
        areaEditor.setDirectorates(all);
        areas.setItems(framework.areas());
    }
}
