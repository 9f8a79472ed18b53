package uk.co.goldenthread.packs.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import uk.co.goldenthread.quarters.ReopenStep;
import uk.co.goldenthread.quarters.ReturnReferral;
import uk.co.goldenthread.quarters.ReturnSummary;

/** What Cabinet referred back: the returns, the step they start again at, and why. */
class ReferBackFields extends Div {

    private final CheckboxGroup<ReturnSummary> returns = new CheckboxGroup<>("Returns referred back");
    private final RadioButtonGroup<ReopenStep> reopenAt = new RadioButtonGroup<>("Reopen them with");
    private final TextArea reason = new TextArea("Cabinet's reason");

    ReferBackFields(List<ReturnSummary> quarterReturns) {
        addClassName("refer-back");
        returns.setItems(quarterReturns);
        returns.setItemLabelGenerator(r -> r.areaName() + " (" + r.adDeliveryName() + "): " + r.status().label());
        reopenAt.setItems(ReopenStep.values());
        reopenAt.setItemLabelGenerator(ReopenStep::label);
        reopenAt.setValue(ReopenStep.AD_DELIVERY);
        reason.setHelperText("Shown on each reopened return and kept in the audit trail");
        reason.setWidthFull();
        add(returns, reopenAt, reason);
    }

    List<ReturnReferral> referrals() {
        ReopenStep step = reopenAt.getValue() == null ? ReopenStep.AD_DELIVERY : reopenAt.getValue();
        return returns.getSelectedItems().stream().map(r -> new ReturnReferral(r.id(), step)).toList();
    }

    /** Where the reason is typed: the service calls it "Reason". */
    TextArea reasonField() {
        return reason;
    }

    String reason() {
        return reason.getValue();
    }
}
