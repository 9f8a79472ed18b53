package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.button.Button;
import java.util.Optional;
import uk.co.goldenthread.base.ui.ActionWithReason;
import uk.co.goldenthread.quarters.ReturnDetails;

/**
 * On a return whose current step is not the signed-in person's: that step's button, disabled, saying whose step it
 * is, so nobody wonders where Submit, Approve or Sign off went. A routing note on the page says when it is elsewhere.
 */
final class NotYourStep {

    private NotYourStep() {
    }

    static Optional<ActionWithReason> of(ReturnDetails details) {
        var status = details.status();
        if (status.isEditableByDelivery()) {
            return Optional.of(disabled("Submit return", "Submitting is for "
                    + who(details.adDeliveryName(), "AD Delivery") + " or their deputy."));
        }
        if (status.isAwaitingReview()) {
            return Optional.of(disabled("Approve", "The review is for "
                    + who(details.adCommissioningName(), "AD Commissioning") + " or their deputy; nobody approves "
                    + "a return they submitted."));
        }
        if (status == uk.co.goldenthread.quarters.ReturnStatus.APPROVED) {
            return Optional.of(disabled("Sign off", "Sign-off is for "
                    + who(details.strategicDirectorName(), "Strategic Director") + " or their deputy; nobody signs "
                    + "off a return they submitted or approved."));
        }
        return Optional.empty();
    }

    private static ActionWithReason disabled(String text, String whyNot) {
        return new ActionWithReason(new Button(text)).canAct(whyNot);
    }

    private static String who(String name, String role) {
        return name == null || name.isBlank() ? "the " + role : name + " (" + role + ")";
    }
}
