package uk.co.goldenthread.publicsite.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;

/** The frame of a public page: a plain header, a main region and a footer, readable by a screen reader. */
abstract class PublicPage extends Div {

    protected final Main main = new Main();

    PublicPage(String councilName) {
        addClassName("public-page");
        var skip = new Anchor("#content", "Skip to content");
        skip.addClassName("skip-link");
        var home = new Anchor("public", "Golden Thread: " + councilName + " performance reports");
        var header = new Header(home);
        main.setId("content");
        var footer = new Footer(new Span("Published performance reports only. "), new Anchor("login", "Staff sign in"));
        add(skip, header, main, footer);
    }
}
