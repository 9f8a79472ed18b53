package uk.co.goldenthread.framework.measures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.ui.RecordEditor;
import uk.co.goldenthread.framework.AreaSummary;
import uk.co.goldenthread.framework.Frequency;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.measures.MeasureQueryService;
import uk.co.goldenthread.framework.measures.MeasureRevisionService;
import uk.co.goldenthread.framework.ui.IdComboBox;
import uk.co.goldenthread.framework.ui.LabelledSelect;
import uk.co.goldenthread.framework.ui.PersonPicker;
import uk.co.goldenthread.framework.versions.FrameworkVersionService;
import uk.co.goldenthread.framework.measures.MeasureForm;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureStatus;
import uk.co.goldenthread.framework.MeasureUnit;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.structure.OutcomeNode;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.Role;
import uk.co.goldenthread.performance.Polarity;

/** Every property of a measure, checked as typed and again by the service; retire or revise an existing one. */
class MeasureEditor extends RecordEditor<MeasureForm> {

    private final FrameworkAdminService admin;
    private final MeasureQueryService queries;
    private final MeasureRevisionService revisions;
    private final FrameworkVersionService versions;
    private final IdComboBox<AreaSummary> area = new IdComboBox<>("Commissioning area", AreaSummary::id,
            a -> a.name() + " (" + a.directorateName() + ")");
    private final IdComboBox<OutcomeNode> outcome = new IdComboBox<>("Outcome", OutcomeNode::id,
            o -> o.code() + " " + o.title());
    private final Button retire = new Button("Retire measure", e -> confirmRetirement());
    private final Button revise = new Button("Revise in a new version", e -> revise());
    private @Nullable MeasureSummary measure; // the one being edited; none for a new one

    MeasureEditor(FrameworkAdminService admin, MeasureQueryService queries, MeasureRevisionService revisions,
            FrameworkVersionService versions, PeopleService people) {
        super(MeasureForm.class, "Save measure");
        this.admin = admin;
        this.queries = queries;
        this.revisions = revisions;
        this.versions = versions;
        var code = new TextField("Code");
        var kind = select("Type", MeasureKind.values(), MeasureKind::label);
        var status = select("Status", new MeasureStatus[] {MeasureStatus.DRAFT, MeasureStatus.ACTIVE}, MeasureStatus::label);
        var title = new TextField("Title");
        var definition = new TextArea("Definition");
        var unit = select("Unit", MeasureUnit.values(), MeasureUnit::label);
        var decimals = new IntegerField("Decimal places");
        decimals.setMin(0);
        decimals.setMax(4);
        decimals.setStepButtonsVisible(true);
        var polarity = new LabelledSelect<>("Polarity", Polarity.values(), Polarity::label, "Not set");
        var bandFrom = new BigDecimalField("Band from");
        var bandTo = new BigDecimalField("Band to");
        var tolerance = new BigDecimalField("Tolerance");
        tolerance.setHelperText("How far a miss may be and still be amber");
        var frequency = select("Frequency", Frequency.values(), Frequency::label);
        var dataSource = new TextField("Data source");
        var baseline = new BigDecimalField("Baseline");
        var baselinePeriod = new TextField("Baseline period");
        var owner = new PersonPicker("Owner", people, Role.AD_COMMISSIONING, Role.AD_DELIVERY);
        owner.setHelperText("KBMs: the AD Commissioning; KBIs: an AD Delivery");
        var allAds = new Checkbox("Reported by all ADs");
        var b = binder();
        b.forField(code).asRequired("Give a code, e.g. FIN05.").bind("code");
        b.forField(kind).asRequired("Choose the type.").bind("kind");
        b.forField(status).asRequired("Choose draft or active.").bind("status");
        b.forField(title).asRequired("Give the measure a title.").bind("title");
        b.forField(definition).bind("definition");
        b.forField(unit).asRequired("Choose the unit.").bind("unit");
        b.forField(decimals).asRequired("Give the decimal places, 0 to 4.")
                .withValidator(d -> d >= 0 && d <= 4, "Use 0 to 4 decimal places.").bind("decimalPlaces");
        b.forField(polarity).bind("polarity");
        b.forField(bandFrom).bind("bandLower");
        b.forField(bandTo).bind("bandUpper");
        b.forField(tolerance).withValidator(t -> t == null || t.signum() >= 0, "Use 0 or more.").bind("tolerance");
        b.forField(frequency).asRequired("Choose the frequency.").bind("frequency");
        b.forField(dataSource).bind("dataSource");
        b.forField(baseline).bind("baselineValue");
        b.forField(baselinePeriod).bind("baselinePeriod");
        b.forField(area).withConverter(area.asId()).bind("areaId");
        b.forField(outcome).withConverter(outcome.asId()).bind("outcomeId");
        b.forField(owner).withConverter(owner.asId()).bind("ownerId");
        b.forField(allAds).bind("allAds");
        addFields(code, kind, status, title, definition, unit, decimals, polarity, bandFrom, bandTo, tolerance,
                frequency, dataSource, baseline, baselinePeriod, area, outcome, owner, allAds);
        addFields(RatingSettingsFields.bind(b).toArray(Component[]::new));
        addFields(MeasureClassifications.bind(b, people).toArray(Component[]::new));
        retire.setVisible(false);
        revise.setVisible(false);
        addAction(retire);
        addAction(revise);
    }

    void setChoices(List<AreaSummary> areas, List<OutcomeNode> outcomes) {
        area.setChoices(areas);
        outcome.setChoices(outcomes);
    }

    void addNew() {
        measure = null;
        retire.setVisible(false);
        revise.setVisible(false);
        open("New measure", MeasureForm.blank(), admin::addMeasure, "Measure added.");
    }

    void edit(MeasureSummary chosen) {
        measure = chosen;
        retire.setVisible(chosen.status() != MeasureStatus.RETIRED);
        revise.setVisible(chosen.status() != MeasureStatus.RETIRED);
        open("Edit " + chosen.code(), queries.measureForm(chosen.id()), form -> admin.updateMeasure(chosen.id(), form),
                "Measure saved.");
    }

    private MeasureSummary editing() {
        if (measure == null) {
            throw new IllegalStateException("Retire and Revise act only on a measure being edited");
        }
        return measure;
    }

    private void confirmRetirement() {
        MeasureSummary measure = editing();
        var dialog = new ConfirmDialog("Retire " + measure.code() + "?", "A retired measure is no longer reported. "
                + "Its values and history are kept.", "Retire measure", e -> {
                    if (attempt(() -> admin.retireMeasure(measure.id()), measure.code() + " retired.")) {
                        finish();
                    }
                });
        dialog.setCancelable(true);
        dialog.open();
    }

    private void revise() {
        checkedValues().ifPresent(changes -> new ReviseDialog(editing(), changes, revisions, versions.versions(),
                this::finish).open());
    }

    private static <E> LabelledSelect<E> select(String label, E[] values, Function<E, String> words) {
        return new LabelledSelect<>(label, values, words, "");
    }

}
