package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;

/** After sign-in: goes to the first page the person's roles open. */
@Route("")
@PageTitle("Golden Thread")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver {

    public HomeView() {
        add(new H2("Welcome to Golden Thread"),
                new Paragraph("Your account has no role with pages of its own yet. Published reports are open to all."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MenuConfiguration.getMenuEntries().stream().findFirst()
                .ifPresent(entry -> event.forwardTo(entry.path()));
    }
}
