package uk.co.goldenthread.framework.structure.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import uk.co.goldenthread.base.ui.RecordEditor;
import uk.co.goldenthread.framework.structure.FrameworkStructureService;
import uk.co.goldenthread.framework.structure.OutcomeForm;
import uk.co.goldenthread.framework.OutcomeLevel;
import uk.co.goldenthread.framework.structure.OutcomeNode;
import uk.co.goldenthread.framework.ui.IdComboBox;
import uk.co.goldenthread.framework.ui.LabelledSelect;

/** Adds or edits an outcome; choosing another parent moves it, with what is under it. */
class OutcomeEditor extends RecordEditor<OutcomeForm> {

    private final FrameworkStructureService structure;
    private final IdComboBox<OutcomeNode> parent = new IdComboBox<>("Parent", OutcomeNode::id,
            o -> o.code() + " " + o.title());
    private List<OutcomeNode> outcomes = List.of();

    OutcomeEditor(FrameworkStructureService structure) {
        super(OutcomeForm.class, "Save outcome");
        this.structure = structure;
        var code = new TextField("Code");
        var title = new TextArea("Title");
        var level = new LabelledSelect<>("Level", OutcomeLevel.values(), OutcomeLevel::label, "");
        parent.setHelperText("Leave empty for a top-level outcome");
        binder().forField(code).asRequired("Give a code, e.g. D1.").bind("code");
        binder().forField(title).asRequired("Give the outcome a title.").bind("title");
        binder().forField(level).asRequired("Choose the level.").bind("level");
        binder().forField(parent).withConverter(parent.asId()).bind("parentId");
        addFields(code, level, title, parent);
    }

    /** The outcomes, flattened, that can be chosen as a parent. */
    void setOutcomes(List<OutcomeNode> outcomes) {
        this.outcomes = outcomes;
        parent.setChoices(outcomes);
    }

    void addNew() {
        parent.setChoices(outcomes);
        open("New outcome", new OutcomeForm("", "", OutcomeLevel.COMMISSIONING_OBJECTIVE, null),
                form -> structure.addOutcome(form), "Outcome added.");
    }

    void edit(OutcomeNode node) {
        parent.setChoices(outcomes.stream().filter(o -> o.id() != node.id()).toList());
        open("Edit outcome " + node.code(), node.toForm(), form -> structure.updateOutcome(node.id(), form),
                "Outcome saved.");
    }
}
