package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.InvalidInputException;

/**
 * The GOV.UK error summary: at the top of a form, "There is a problem" and each error as a link that takes the person
 * to its field. Shown (and focused, so a screen reader announces it) when a save is refused; hidden otherwise.
 */
public class ErrorSummary extends Div {

    /** One error: what it says (naming the field) and the field to focus, or null when it belongs to no one field. */
    public record Item(String text, @Nullable Focusable<?> field) {
    }

    private final UnorderedList list = new UnorderedList();
    private final Map<String, Component> named = new HashMap<>();
    private final List<HasValidation> marked = new ArrayList<>();

    public ErrorSummary() {
        addClassName("error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        getElement().getStyle().set("border", "4px solid var(--lumo-error-color)").set("padding", "var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)");
        var heading = new H2("There is a problem");
        heading.getStyle().set("margin-top", "0");
        add(heading, list);
        setVisible(false);
    }

    /** Lists the errors and moves focus to the summary; an empty list hides it. */
    public void show(List<Item> items) {
        list.removeAll();
        items.forEach(item -> {
            var link = new Button(item.text());
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            link.getStyle().set("text-decoration", "underline").set("text-align", "left").set("white-space", "normal")
                    .set("height", "auto");
            Focusable<?> field = item.field();
            if (field != null) {
                link.addClickListener(e -> field.focus());
            }
            list.add(new ListItem(link));
        });
        setVisible(!items.isEmpty());
        if (!items.isEmpty()) {
            getElement().callJsFunction("focus");
        }
    }

    public void clear() {
        unmark();
        show(List.of());
    }

    /** The field that a service's refusal names {@code name} when its label says something else. */
    public ErrorSummary name(String name, Component field) {
        named.put(name, field);
        return this;
    }

    /**
     * Runs what the person asked for. A refusal is listed here and shown beside each field it names (found by its label
     * inside {@code form}, or given to {@link #name}), in the order of the page; nothing was changed then. Success
     * clears the errors.
     */
    public boolean attempt(Component form, Runnable action) {
        unmark();
        try {
            action.run();
        } catch (InvalidInputException e) {
            showFieldErrors(form, e.fieldErrors());
            return false;
        } catch (DomainException e) {
            show(List.of(new Item(e.getMessage(), null)));
            return false;
        } catch (AccessDeniedException e) {
            show(List.of(new Item("You do not have the role needed to do that. Nothing was changed.", null)));
            return false;
        }
        clear();
        return true;
    }

    /** As {@link #attempt(Component, Runnable)}, and on success a message that comes and goes. */
    public boolean attempt(Component form, Runnable action, String successMessage) {
        boolean done = attempt(form, action);
        if (done) {
            UserAction.showSuccess(successMessage);
        }
        return done;
    }

    /** Each error beside its field (marked until the next attempt) and listed here, linked to the field. */
    public void showFieldErrors(Component form, Map<String, String> errors) {
        unmark();
        Map<String, String> left = new LinkedHashMap<>(errors);
        List<Item> items = new ArrayList<>();
        Map<Component, String> namesOf = new HashMap<>();
        named.forEach((name, field) -> namesOf.put(field, name));
        fieldsIn(form).forEach(field -> {
            String label = field instanceof HasLabel labelled ? labelled.getLabel() : null;
            String name = left.containsKey(namesOf.get(field)) ? namesOf.get(field) : label;
            if (name != null && left.containsKey(name)) {
                String message = left.remove(name);
                var validated = (HasValidation) field;
                validated.setErrorMessage(message);
                validated.setInvalid(true);
                marked.add(validated);
                items.add(new Item((label == null ? name : label) + ": " + message,
                        field instanceof Focusable<?> focusable ? focusable : null));
            }
        });
        named.forEach((name, field) -> {
            if (left.containsKey(name) && field instanceof HasValidation validated) {
                validated.setErrorMessage(left.get(name));
                validated.setInvalid(true);
                marked.add(validated);
                items.add(new Item((field instanceof HasLabel labelled && labelled.getLabel() != null
                        ? labelled.getLabel() : name) + ": " + left.remove(name),
                        field instanceof Focusable<?> focusable ? focusable : null));
            }
        });
        left.forEach((name, message) -> items.add(new Item(name + ": " + message, null)));
        show(items);
    }

    private void unmark() {
        marked.forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        marked.clear();
    }

    /** The fields that can show an error, in the order of the page. */
    private static List<Component> fieldsIn(Component component) {
        List<Component> fields = new ArrayList<>();
        if (component instanceof HasValidation) {
            fields.add(component);
        }
        component.getChildren().forEach(child -> fields.addAll(fieldsIn(child)));
        return fields;
    }
}
