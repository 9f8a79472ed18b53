package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One labelled fact about something, e.g. "Unit: %". */
public class Fact extends Div {

    public Fact(String label, String text) {
        var term = new Span(label + ": ");
        term.addClassName("fact-label");
        add(term, new Span(text));
        addClassName("fact");
    }
}
