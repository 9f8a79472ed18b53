package uk.co.goldenthread.base.ui;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * Labelled facts side by side, e.g. "Unit: %" and "Target: 90.0%", for a {@link Markup}: a return shows a dozen of
 * them on each of its lines, for every person who has it open, so they are written out with the rest of the line's
 * read-only content rather than kept as elements of their own.
 */
public final class Facts {

    private final Element element = new Element("div").addClass("facts");

    /** Adds "label: text". */
    public Facts fact(String label, String text) {
        return fact(label, text, null);
    }

    /** Adds "label: text" with a class of its own, e.g. to mark a warning. */
    public Facts fact(String label, String text, @Nullable String className) {
        Element fact = element.appendElement("span").addClass("fact").text(label + ": " + text);
        if (className != null) {
            fact.addClass(className);
        }
        return this;
    }

    Element element() {
        return element;
    }
}
