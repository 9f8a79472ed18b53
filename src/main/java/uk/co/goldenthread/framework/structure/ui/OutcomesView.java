package uk.co.goldenthread.framework.structure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.co.goldenthread.framework.structure.FrameworkStructureService;
import uk.co.goldenthread.framework.structure.OutcomeNode;

/** The outcome tree, from the vision down to commissioning objectives: add, edit and move outcomes. */
@Route("outcomes")
@PageTitle("Outcomes | Golden Thread")
@Menu(title = "Outcomes", order = 10, icon = "vaadin:sitemap")
@RolesAllowed("PERFORMANCE_TEAM")
public class OutcomesView extends Main {

    private final FrameworkStructureService structure;
    private final TreeGrid<OutcomeNode> tree = new TreeGrid<>();
    private final OutcomeEditor editor;

    public OutcomesView(FrameworkStructureService structure) {
        this.structure = structure;
        editor = new OutcomeEditor(structure);
        editor.onSaved(this::refresh);
        tree.addHierarchyColumn(OutcomeNode::code).setHeader("Code").setKey("code").setAutoWidth(true);
        tree.addColumn(OutcomeNode::title).setHeader("Title").setKey("title").setFlexGrow(1);
        tree.addColumn(n -> n.level().label()).setHeader("Level").setKey("level").setAutoWidth(true);
        tree.setAriaLabel("Outcomes");
        tree.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        tree.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editor.edit(e.getValue());
            }
        });
        var add = new Button("New outcome", VaadinIcon.PLUS.create(), e -> editor.addNew());
        add(new H2("Outcomes"), new Paragraph("Measures and intentions hang from these outcomes: the golden thread "
                + "from a resident outcome to the person accountable for it. Select an outcome to edit it; choose "
                + "another parent to move it with everything under it."), add, tree, editor);
        refresh();
    }

    private void refresh() {
        List<OutcomeNode> roots = structure.outcomeTree();
        tree.setItems(roots, OutcomeNode::children);
        tree.expandRecursively(roots, 10);
        editor.setOutcomes(roots.stream().flatMap(OutcomeNode::withDescendants).toList());
    }
}
