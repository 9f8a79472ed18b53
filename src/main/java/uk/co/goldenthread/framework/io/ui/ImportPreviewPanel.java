package uk.co.goldenthread.framework.io.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.io.ImportChange;
import uk.co.goldenthread.framework.io.ImportPreview;
import uk.co.goldenthread.framework.io.ImportProblem;

/**
 * What an import would do: counts per table, the changes field by field, the problems that stop it, and what it would
 * leave with no return.
 */
class ImportPreviewPanel extends Div {

    private final Paragraph summary = new Paragraph();
    private final Grid<ImportPreview.TableCount> counts = new Grid<>();
    private final Grid<ImportChange> changes = new Grid<>();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final H3 changesHeading = new H3("What will change");
    private final H3 problemsHeading = new H3("Problems to fix before importing");
    private final H3 noRouteHeading = new H3("Would go to no return");
    private final UnorderedList noRoute = new UnorderedList();

    ImportPreviewPanel() {
        counts.addColumn(ImportPreview.TableCount::table).setHeader("Table").setKey("table");
        counts.addColumn(ImportPreview.TableCount::added).setHeader("Added").setKey("added");
        counts.addColumn(ImportPreview.TableCount::changed).setHeader("Changed").setKey("changed");
        counts.addColumn(ImportPreview.TableCount::retired).setHeader("Retired").setKey("retired");
        counts.setAllRowsVisible(true);
        counts.setAriaLabel("Counts per table");
        counts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.addColumn(ImportChange::table).setHeader("Table").setKey("table").setAutoWidth(true);
        changes.addColumn(ImportChange::key).setHeader("Key").setKey("key").setAutoWidth(true);
        changes.addColumn(c -> c.kind().label()).setHeader("Change").setKey("kind").setAutoWidth(true);
        changes.addColumn(ImportChange::summary).setHeader("Details").setKey("details").setFlexGrow(1);
        changes.setAriaLabel("Changes");
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(ImportProblem::sheet).setHeader("Sheet").setKey("sheet").setAutoWidth(true);
        problems.addColumn(p -> p.row() == 0 ? "" : String.valueOf(p.row())).setHeader("Row").setKey("row")
                .setAutoWidth(true);
        problems.addColumn(ImportProblem::column).setHeader("Column").setKey("column").setAutoWidth(true);
        problems.addColumn(ImportProblem::reason).setHeader("Problem").setKey("problem").setFlexGrow(1);
        problems.setAriaLabel("Problems");
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        noRoute.setId("no-route");
        add(summary, problemsHeading, problems, noRouteHeading, noRoute, counts, changesHeading, changes);
        show(null);
    }

    /** Shows a preview, or nothing. */
    void show(@Nullable ImportPreview preview) {
        boolean hasProblems = preview != null && preview.hasProblems();
        summary.setText(preview == null ? "" : hasProblems ? preview.problems().size() + " problem(s) stop this import; nothing "
                + "has been changed. Fix them in the file and upload it again."
                : preview.changesNothing() ? "The file matches Golden Thread: there is nothing to change."
                : !preview.noRoute().isEmpty() ? preview.changes().size() + " change(s) are ready, but "
                        + preview.noRoute().size() + " measure(s) or intention(s) would then go to no return (listed "
                        + "below). Apply import refuses this unless you give the reason for importing anyway."
                : preview.changes().size() + " change(s) are ready. Check them, then use Apply import.");
        noRoute.removeAll();
        if (preview != null) {
            preview.noRoute().forEach(m -> noRoute.add(new ListItem(m)));
        }
        noRouteHeading.setVisible(preview != null && !preview.noRoute().isEmpty());
        noRoute.setVisible(preview != null && !preview.noRoute().isEmpty());
        problems.setItems(preview != null ? preview.problems() : List.of());
        counts.setItems(preview != null ? preview.counts() : List.of());
        changes.setItems(preview != null ? preview.changes() : List.of());
        problemsHeading.setVisible(hasProblems);
        problems.setVisible(hasProblems);
        counts.setVisible(preview != null && !preview.counts().isEmpty());
        changesHeading.setVisible(preview != null && !preview.changes().isEmpty());
        changes.setVisible(preview != null && !preview.changes().isEmpty());
    }
}
