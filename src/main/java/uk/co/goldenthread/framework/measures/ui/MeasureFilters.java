package uk.co.goldenthread.framework.measures.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import uk.co.goldenthread.framework.structure.DirectorateSummary;
import uk.co.goldenthread.framework.ImprovementCategory;
import uk.co.goldenthread.framework.measures.MeasureFilter;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureStatus;
import uk.co.goldenthread.framework.ui.IdComboBox;
import uk.co.goldenthread.framework.ui.LabelledSelect;

/** The search box and filters above the measures list. */
class MeasureFilters extends Div {

    private final TextField text = new TextField("Search code or title");
    private final LabelledSelect<MeasureKind> kind = new LabelledSelect<>("Type", MeasureKind.values(),
            MeasureKind::label, "Any");
    private final LabelledSelect<MeasureStatus> status = new LabelledSelect<>("Status", MeasureStatus.values(),
            MeasureStatus::label, "Any");
    private final IdComboBox<DirectorateSummary> directorate = new IdComboBox<>("Directorate", DirectorateSummary::id,
            DirectorateSummary::name);
    private final LabelledSelect<ImprovementCategory> category = new LabelledSelect<>("Improvement category",
            ImprovementCategory.values(), ImprovementCategory::label, "Any");

    MeasureFilters(List<DirectorateSummary> directorates, Consumer<MeasureFilter> onChange) {
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        directorate.setChoices(directorates);
        List<HasValue<?, ?>> fields = List.of(text, kind, status, directorate, category);
        fields.forEach(f -> f.addValueChangeListener(e -> onChange.accept(filter())));
        add(text, kind, status, directorate, category);
        addClassName("filters");
    }

    MeasureFilter filter() {
        return new MeasureFilter(text.getValue(), kind.getValue(), status.getValue(),
                directorate.getValue() == null ? null : directorate.getValue().id(), category.getValue());
    }
}
