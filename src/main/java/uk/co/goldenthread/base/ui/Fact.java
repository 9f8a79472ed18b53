package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * One labelled fact about something, e.g. "Unit: %". The label and the value are plain elements, not components: a
 * return shows a dozen facts on each of its lines, for every person who has it open.
 */
public class Fact extends Div {

    public Fact(String label, String text) {
        addClassName("fact");
        Element term = new Element("span").setText(label + ": ");
        term.getClassList().add("fact-label");
        getElement().appendChild(term, Element.createText(text));
    }
}
