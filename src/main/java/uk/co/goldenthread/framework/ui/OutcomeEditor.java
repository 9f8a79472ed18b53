package uk.co.goldenthread.framework.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.ui.RecordEditor;
import uk.co.goldenthread.framework.FrameworkStructureService;
import uk.co.goldenthread.framework.Labelled;
import uk.co.goldenthread.framework.OutcomeForm;
import uk.co.goldenthread.framework.OutcomeLevel;
import uk.co.goldenthread.framework.OutcomeNode;

/** Adds or edits an outcome; choosing another parent moves it, with what is under it. */
class OutcomeEditor extends RecordEditor<OutcomeForm> {

    private final FrameworkStructureService structure;
    private final ComboBox<OutcomeNode> parent = new ComboBox<>("Parent");
    private List<OutcomeNode> outcomes = List.of();

    OutcomeEditor(FrameworkStructureService structure) {
        super(OutcomeForm.class, "Save outcome");
        this.structure = structure;
        var code = new TextField("Code");
        var title = new TextArea("Title");
        var level = new Select<OutcomeLevel>();
        level.setLabel("Level");
        level.setItems(OutcomeLevel.values());
        level.setItemLabelGenerator(Labelled::label);
        parent.setItemLabelGenerator(o -> o.code() + " " + o.title());
        parent.setClearButtonVisible(true);
        parent.setHelperText("Leave empty for a top-level outcome");
        binder().forField(code).asRequired("Give a code, e.g. D1.").bind("code");
        binder().forField(title).asRequired("Give the outcome a title.").bind("title");
        binder().forField(level).asRequired("Choose the level.").bind("level");
        binder().forField(parent).withConverter(Converter.<@Nullable OutcomeNode, @Nullable Long>from(
                o -> Result.ok(o == null ? null : o.id()), this::outcome)).bind("parentId");
        addFields(code, level, title, parent);
    }

    /** The outcomes, flattened, that can be chosen as a parent. */
    void setOutcomes(List<OutcomeNode> outcomes) {
        this.outcomes = outcomes;
        parent.setItems(outcomes);
    }

    void addNew() {
        open("New outcome", new OutcomeForm("", "", OutcomeLevel.COMMISSIONING_OBJECTIVE, null),
                form -> structure.addOutcome(form), "Outcome added.");
    }

    void edit(OutcomeNode node) {
        parent.setItems(outcomes.stream().filter(o -> o.id() != node.id()).toList());
        open("Edit outcome " + node.code(), node.toForm(), form -> structure.updateOutcome(node.id(), form),
                "Outcome saved.");
    }

    private @Nullable OutcomeNode outcome(@Nullable Long id) {
        return id == null ? null : outcomes.stream().filter(o -> o.id() == id).findFirst().orElse(null);
    }
}
