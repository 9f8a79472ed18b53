package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The GOV.UK error summary: at the top of a form, "There is a problem" and each error as a link that takes the person
 * to its field. Shown (and focused, so a screen reader announces it) when a save is refused; hidden otherwise.
 */
public class ErrorSummary extends Div {

    /** One error: what it says (naming the field) and the field to focus, or null when it belongs to no one field. */
    public record Item(String text, @Nullable Focusable<?> field) {
    }

    private final UnorderedList list = new UnorderedList();

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
        show(List.of());
    }
}
