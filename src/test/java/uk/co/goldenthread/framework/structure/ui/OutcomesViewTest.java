package uk.co.goldenthread.framework.structure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.AdminUiTest;
import uk.co.goldenthread.framework.OutcomeLevel;
import uk.co.goldenthread.framework.structure.OutcomeNode;

class OutcomesViewTest extends AdminUiTest {

    @Test
    void anOutcomeIsAddedAndMovedUnderAnotherInTheTree() {
        signInAndOpen("priya.shah", "outcomes");
        assertThat(column(grid("Outcomes"), "code")).contains("D1", "D2", "D3", "D4");

        click("New outcome");
        fill("Code", "S1");
        fill("Title", "Residents live independently");
        fill("Level", OutcomeLevel.STRATEGIC_OUTCOME);
        click("Save outcome");
        assertThat(notificationTexts()).contains("Outcome added.");

        @SuppressWarnings("unchecked")
        TreeGrid<OutcomeNode> tree = (TreeGrid<OutcomeNode>) grid("Outcomes");
        OutcomeNode d3 = tree.getTreeData().getRootItems().stream().filter(n -> n.code().equals("D3")).findFirst().orElseThrow();
        tree.select(d3);
        fill("Parent", tree.getTreeData().getRootItems().stream().filter(n -> n.code().equals("S1")).findFirst().orElseThrow());
        click("Save outcome");

        assertThat(notificationTexts()).contains("Outcome saved.");
        OutcomeNode s1 = tree.getTreeData().getRootItems().stream().filter(n -> n.code().equals("S1")).findFirst().orElseThrow();
        assertThat(s1.children()).extracting(OutcomeNode::code).containsExactly("D3");
        assertThat(column(tree, "level")).contains("Strategic outcome");
    }

    @Test
    void theServicesRefusalIsShownOnTheField() {
        signInAndOpen("priya.shah", "outcomes");
        click("New outcome");
        fill("Code", "D1");
        fill("Title", "A second D1");
        click("Save outcome");
        assertThat(errorOf("Code")).startsWith("D1 is already the code of");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.Component.class,
                s -> s.withClasses("error-summary")).getElement().getTextRecursively())
                .contains("There is a problem", "Code: D1 is already the code of");
        assertThat(notificationTexts()).as("errors are on the form, not in a toast").isEmpty();
    }
}
