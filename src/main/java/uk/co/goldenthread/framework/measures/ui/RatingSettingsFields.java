package uk.co.goldenthread.framework.measures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import uk.co.goldenthread.framework.measures.MeasureForm;
import uk.co.goldenthread.framework.measures.SpcLimits;

/**
 * The fields that tune how a measure is rated and charted: what counts as a stable change, the smallest count rated,
 * and how the SPC chart sets its limits.
 */
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
        var fixedUntil = new TextField(SpcLimits.FIXED_UNTIL);
        fixedUntil.setHelperText("The last quarter of a baseline, e.g. Q4 2020/21: the SPC chart's limits are set from "
                + "the points up to it and then held; blank: limits from every point");
        var changePoints = new TextField(SpcLimits.CHANGE_POINTS);
        changePoints.setHelperText("Quarters where a new process starts (e.g. a new service model), e.g. Q1 2021/22; "
                + "Q3 2022/23: the limits are recalculated from each");
        binder.forField(fixedUntil).withNullRepresentation("").bind("spcFixedUntil");
        binder.forField(changePoints).withNullRepresentation("").bind("spcChangePoints");
        return List.of(stableWithin, percent, minimum, fixedUntil, changePoints);
    }
}
