package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.html.Span;

/** "⚠ Overdue": a symbol and a word, so lateness is never shown by colour alone. */
final class OverdueBadge {

    private OverdueBadge() {
    }

    static Span of(String text) {
        var badge = new Span("⚠ " + text);
        badge.addClassName("overdue");
        return badge;
    }
}
