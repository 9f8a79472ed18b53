package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.InvalidInputException;

/** Runs what a person asked for and tells them, in plain words, whether it worked. */
public final class UserAction {

    private UserAction() {
    }

    /** Runs the action; on success shows the message, on a refusal shows why and returns false. */
    public static boolean attempt(Runnable action, String successMessage) {
        try {
            action.run();
        } catch (DomainException e) {
            showError(e.getMessage());
            return false;
        } catch (AccessDeniedException e) {
            showError("You do not have the role needed to do that. Nothing was changed.");
            return false;
        }
        showSuccess(successMessage);
        return true;
    }

    /** As {@link #attempt(Runnable, String)}, and marks the form's fields that a refusal names, by their labels. */
    public static boolean attempt(Component form, Runnable action, String successMessage) {
        return attempt(() -> {
            try {
                action.run();
            } catch (InvalidInputException e) {
                markFields(form, e.fieldErrors());
                throw e;
            }
        }, successMessage);
    }

    public static void showSuccess(String message) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void markFields(Component component, Map<String, String> errors) {
        if (component instanceof HasValidation field && component instanceof HasLabel labelled
                && errors.containsKey(labelled.getLabel())) {
            field.setErrorMessage(errors.get(labelled.getLabel()));
            field.setInvalid(true);
        }
        component.getChildren().forEach(child -> markFields(child, errors));
    }

    public static void showError(String message) {
        Notification notification = new Notification(message, 10000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }
}
