package uk.co.goldenthread.framework.intentions.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.co.goldenthread.base.ui.RecordEditor;
import uk.co.goldenthread.framework.AreaSummary;
import uk.co.goldenthread.framework.intentions.IntentionForm;
import uk.co.goldenthread.framework.IntentionKind;
import uk.co.goldenthread.framework.intentions.IntentionService;
import uk.co.goldenthread.framework.IntentionSummary;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.structure.OutcomeNode;
import uk.co.goldenthread.framework.ui.IdComboBox;
import uk.co.goldenthread.framework.ui.LabelledSelect;
import uk.co.goldenthread.framework.ui.PersonPicker;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.Role;

/** Adds or edits an intention: what is commissioned, who owns it, and the measures that show its progress. */
class IntentionEditor extends RecordEditor<IntentionForm> {

    private final IntentionService intentions;

    IntentionEditor(IntentionService intentions, PeopleService people, List<AreaSummary> areas, List<OutcomeNode> outcomes,
            List<MeasureSummary> measures) {
        super(IntentionForm.class, "Save intention");
        this.intentions = intentions;
        var code = new TextField("Code");
        var title = new TextArea("Title");
        var kind = new LabelledSelect<>("Kind", IntentionKind.values(), IntentionKind::label, "");
        var area = new IdComboBox<AreaSummary>("Commissioning area", AreaSummary::id, a -> a.name() + " (" + a.directorateName() + ")");
        area.setChoices(areas);
        var outcome = new IdComboBox<OutcomeNode>("Outcome", OutcomeNode::id, o -> o.code() + " " + o.title());
        outcome.setChoices(outcomes);
        var owner = new PersonPicker("Owner", people, Role.AD_COMMISSIONING, Role.AD_DELIVERY);
        var allAds = new Checkbox("Owned by all ADs");
        var linked = new MultiSelectComboBox<MeasureSummary>("Measures");
        linked.setItems(measures);
        linked.setItemLabelGenerator(m -> m.code() + " " + m.title());
        binder().forField(code).asRequired("Give a code, e.g. INT01.").bind("code");
        binder().forField(title).asRequired("Say what is commissioned.").bind("title");
        binder().forField(kind).asRequired("Choose service or milestone.").bind("kind");
        binder().forField(area).withConverter(area.asId()).bind("areaId");
        binder().forField(outcome).withConverter(outcome.asId()).bind("outcomeId");
        binder().forField(owner).withConverter(owner.asId()).bind("ownerId");
        binder().forField(allAds).bind("allAds");
        binder().forField(linked).withConverter(Converter.<Set<MeasureSummary>, Set<Long>>from(
                chosen -> Result.ok(chosen.stream().map(MeasureSummary::id).collect(Collectors.toSet())),
                ids -> measures.stream().filter(m -> ids.contains(m.id())).collect(Collectors.toSet())))
                .bind("measureIds");
        addFields(code, kind, title, area, outcome, owner, allAds, linked);
    }

    void addNew() {
        open("New intention", new IntentionForm("", "", IntentionKind.SERVICE, null, null, null, false, Set.of()),
                form -> intentions.saveIntention(null, form), "Intention added.");
    }

    void edit(IntentionSummary intention) {
        open("Edit " + intention.code(), intention.toForm(), form -> intentions.saveIntention(intention.id(), form),
                "Intention saved.");
    }
}
