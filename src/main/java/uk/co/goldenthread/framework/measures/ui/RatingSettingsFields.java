package uk.co.goldenthread.framework.measures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import uk.co.goldenthread.framework.measures.MeasureForm;

/** The fields that tune how a measure is rated: what counts as a stable change, and the smallest count rated. */
final class RatingSettingsFields {

    private RatingSettingsFields() {
    }

    /** Binds the rating settings of the measure form and returns their fields in order. */
    static List<Component> bind(Binder<MeasureForm> binder) {
        var stableWithin = new BigDecimalField("Stable within");
        stableWithin.setHelperText("A change no bigger than this is shown as stable, not improving or worsening; "
                + "blank or 0: any change counts");
        var percent = new Checkbox("Stable within is a percentage of the earlier value");
        var minimum = new BigDecimalField("Minimum count");
        minimum.setHelperText("Below this count or denominator a value is shown \"Small number: not rated\"; "
                + "blank: every value is rated");
        binder.forField(stableWithin).withValidator(t -> t == null || t.signum() >= 0, "Use 0 or more.")
                .bind("stableWithin");
        binder.forField(percent).bind("stableWithinPercent");
        binder.forField(minimum).withValidator(t -> t == null || t.signum() >= 0, "Use 0 or more.")
                .bind("minimumCount");
        return List.of(stableWithin, percent, minimum);
    }
}
