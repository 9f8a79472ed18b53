package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.ui.ErrorSummary;

/**
 * Asks why a return is being sent back (or a quarter closed early); the reason is required and shown to others. A
 * refusal of the step is shown in the dialog, beside the reason or under "There is a problem", and the dialog stays.
 */
class ReasonDialog extends Dialog {

    ReasonDialog(String title, Consumer<String> onConfirm) {
        this(title, "Return with reason", "The person receiving the return will see this", onConfirm);
    }

    ReasonDialog(String title, String confirmText, String helperText, Consumer<String> onConfirm) {
        this(title, null, confirmText, helperText, onConfirm);
    }

    /** With the consequence said in words above the reason, for a step that cannot be undone. */
    ReasonDialog(String title, @Nullable String consequence, String confirmText, String helperText,
            Consumer<String> onConfirm) {
        setHeaderTitle(title);
        var errors = new ErrorSummary();
        add(errors);
        if (consequence != null) {
            add(new Paragraph(consequence));
        }
        var reason = new TextArea("Reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText(helperText);
        reason.setWidthFull();
        add(reason);
        var confirm = new Button(confirmText, e -> {
            if (reason.getValue().isBlank()) {
                errors.showFieldErrors(this, Map.of(reason.getLabel(), "Give a reason."));
            } else if (errors.attempt(this, () -> onConfirm.accept(reason.getValue()))) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
