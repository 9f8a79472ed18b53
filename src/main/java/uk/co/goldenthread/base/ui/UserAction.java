package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.security.access.AccessDeniedException;
import uk.co.goldenthread.base.DomainException;

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

    public static void showSuccess(String message) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void showError(String message) {
        Notification notification = new Notification(message, 10000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }
}
