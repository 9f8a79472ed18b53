package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;

/**
 * Labelled facts side by side, e.g. "Unit: %" and "Target: 90.0%", each one plain element with its text: a return
 * shows a dozen of them on each of its lines, for every person who has it open, so they are not components (a
 * {@link Fact} is four nodes, a fact here two).
 */
public class Facts extends Div {

    public Facts() {
        addClassName("facts");
    }

    /** Adds "label: text". */
    public Facts fact(String label, String text) {
        fact(label, text, null);
        return this;
    }

    /** Adds "label: text" with a class of its own, e.g. to mark a warning. */
    public Facts fact(String label, String text, @Nullable String className) {
        Element fact = new Element("span").setText(label + ": " + text);
        fact.getClassList().add("fact");
        if (className != null) {
            fact.getClassList().add(className);
        }
        getElement().appendChild(fact);
        return this;
    }
}
