package uk.co.goldenthread.framework.measures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import uk.co.goldenthread.framework.ImprovementCategory;
import uk.co.goldenthread.framework.measures.MeasureForm;
import uk.co.goldenthread.framework.Novelty;
import uk.co.goldenthread.framework.ObaQuestion;
import uk.co.goldenthread.framework.ScorecardBlock;
import uk.co.goldenthread.framework.ui.LabelledSelect;
import uk.co.goldenthread.framework.ui.PersonPicker;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.Role;

/** The fields that classify a measure: proxy, OBA question, scorecard block, improvement category and its lead. */
final class MeasureClassifications {

    private MeasureClassifications() {
    }

    /** Binds the classification fields of the measure form and returns them in order. */
    static List<Component> bind(Binder<MeasureForm> binder, PeopleService people) {
        var proxy = new Checkbox("Proxy measure");
        var rationale = new TextArea("Proxy rationale");
        rationale.setHelperText("Why a proxy is used and what it stands in for");
        var novelty = new LabelledSelect<>("New or carried over", Novelty.values(), Novelty::label, "Not set");
        var oba = new LabelledSelect<>("OBA question", ObaQuestion.values(), ObaQuestion::label, "Not set");
        var block = new LabelledSelect<>("Scorecard block", ScorecardBlock.values(), ScorecardBlock::label, "Not set");
        var category = new LabelledSelect<>("Improvement category", ImprovementCategory.values(),
                ImprovementCategory::label, "None");
        var lead = new PersonPicker("Improvement lead", people, Role.AD_COMMISSIONING, Role.AD_DELIVERY,
                Role.STRATEGIC_DIRECTOR, Role.PERFORMANCE_TEAM);
        var notes = new TextArea("Notes");
        binder.forField(proxy).bind("proxy");
        binder.forField(rationale).bind("proxyRationale");
        binder.forField(novelty).bind("novelty");
        binder.forField(oba).bind("oba");
        binder.forField(block).bind("scorecardBlock");
        binder.forField(category).bind("improvementCategory");
        binder.forField(lead).withConverter(lead.asId()).bind("improvementLeadId");
        binder.forField(notes).bind("notes");
        return List.of(proxy, rationale, novelty, oba, block, category, lead, notes);
    }
}
