package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinRequest;
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
        Notification notification = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        remember(notification);
    }

    /** A message that comes and goes, neither success nor error: e.g. that something done meanwhile needs a look. */
    public static void showNotice(String message) {
        remember(Notification.show(message, 8000, Notification.Position.BOTTOM_START));
    }

    /**
     * Closes the messages shown before the request that is navigating now, so a message never follows the person to
     * another page; one shown by the click that navigates (e.g. "Quarter opened", then its page) stays.
     */
    static void closeEarlierMessages(UI ui) {
        VaadinRequest now = VaadinRequest.getCurrent();
        ui.getChildren().filter(Notification.class::isInstance).map(Notification.class::cast)
                .filter(n -> ComponentUtil.getData(n, SHOWN_IN) != now).toList().forEach(Notification::close);
    }

    private static final String SHOWN_IN = "shown-in-request";

    private static void remember(Notification notification) {
        ComponentUtil.setData(notification, SHOWN_IN, VaadinRequest.getCurrent());
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
        remember(notification);
    }
}
