package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * A button that is enabled only when it can act, and otherwise says why, in words beside it that anyone can read
 * (a tooltip is no use: a disabled button takes neither hover nor focus). The service still refuses on its own.
 */
public class ActionWithReason extends Div {

    private static int next;

    private final Button button;
    private final Span reason = new Span();

    public ActionWithReason(Button button) {
        this.button = button;
        reason.addClassName("why-not");
        reason.setId("why-not-" + nextId());
        button.getElement().setAttribute("aria-describedby", reason.getId().orElseThrow());
        addClassName("action-with-reason");
        add(button, reason);
        canAct(null);
    }

    public Button button() {
        return button;
    }

    /** Enables the button when {@code whyNot} is null; otherwise disables it and shows why it cannot act now. */
    public ActionWithReason canAct(@Nullable String whyNot) {
        button.setEnabled(whyNot == null);
        reason.setText(whyNot == null ? "" : whyNot);
        reason.setVisible(whyNot != null);
        return this;
    }

    /** Why the button cannot act now, or null when it can. */
    public @Nullable String whyNot() {
        return reason.isVisible() ? reason.getText() : null;
    }

    private static synchronized int nextId() {
        return ++next;
    }
}
