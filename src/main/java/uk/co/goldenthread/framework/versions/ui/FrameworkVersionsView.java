package uk.co.goldenthread.framework.versions.ui;

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
import java.time.Clock;
import java.time.LocalDate;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.framework.versions.FrameworkVersionService;
import uk.co.goldenthread.framework.versions.FrameworkVersionSummary;

/** Framework versions, each taking effect at its cut-over date; history before a cut-over is never rewritten. */
@Route("versions")
@PageTitle("Framework versions | Golden Thread")
@Menu(title = "Framework versions", order = 14, icon = "vaadin:clock")
@RolesAllowed("PERFORMANCE_TEAM")
public class FrameworkVersionsView extends Main {

    private final FrameworkVersionService versions;
    private final Grid<FrameworkVersionSummary> grid = new Grid<>();

    public FrameworkVersionsView(FrameworkVersionService versions, Clock clock) {
        this.versions = versions;
        var editor = new VersionEditor(versions, FinancialQuarter.containing(LocalDate.now(clock)).financialYear());
        editor.onSaved(this::refresh);
        grid.addColumn(FrameworkVersionSummary::name).setHeader("Version").setKey("name").setFlexGrow(1);
        grid.addColumn(v -> UkDates.format(v.cutOverDate())).setHeader("Cut-over").setKey("cutOver").setAutoWidth(true);
        grid.addColumn(v -> v.firstReported() == null ? "" : v.firstReported().label()).setHeader("First reported")
                .setKey("firstReported").setAutoWidth(true);
        grid.addColumn(FrameworkVersionSummary::introduced).setHeader("Measures introduced").setKey("introduced");
        grid.addColumn(FrameworkVersionSummary::retired).setHeader("Measures retired").setKey("retired");
        grid.addColumn(FrameworkVersionSummary::paperCounts).setHeader("Existing and new, per the paper")
                .setKey("paperCounts").setAutoWidth(true);
        grid.addColumn(v -> v.createdBy() + ", " + UkDates.format(v.createdAt())).setHeader("Added by").setKey("added");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Framework versions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H2("Framework versions"), new Paragraph("Measures change at cut-over dates: Warwickshire's framework "
                + "applied from 1 Oct 2019 and was first reported for Q3 2019/20. Once a measure's values are "
                + "published, what they mean changes only in a later version: add the version here, then revise the "
                + "measure from its page. The old measure keeps its values."),
                new Button("New version", VaadinIcon.PLUS.create(), e -> editor.addNew()), editor, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(versions.versions());
    }
}
