package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;

/**
 * The shell for signed-in people. The side navigation lists the views marked {@code @Menu}; Vaadin leaves out those
 * whose access annotations do not admit the person, so each role sees only its own pages.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public MainLayout(AuthenticationContext auth, ObjectProvider<SignedInPersonLabel> people,
            @Value("${goldenthread.council.name}") String councilName,
            @Value("${goldenthread.council.logo:}") String logo, @Value("${goldenthread.council.colour:}") String colour) {
        setPrimarySection(Section.DRAWER);
        var title = new Span("Golden Thread");
        title.addClassName("app-title");
        var council = new Span(councilName);
        council.addClassName("council-name");
        String username = auth.getPrincipalName().orElse("");
        SignedInPersonLabel labels = people.getIfAvailable();
        var user = new Span("Signed in as " + (labels == null ? username : labels.of(username).orElse(username)));
        user.addClassName("signed-in-as");
        var signOut = new Button("Sign out", e -> auth.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var header = new Div(new DrawerToggle());
        if (!logo.isBlank()) {
            var image = new Image(logo, councilName + " logo");
            image.setHeight("32px");
            image.addClassName("council-logo");
            header.add(image);
        }
        header.add(title, council, user, signOut);
        header.addClassName("app-header");
        if (!colour.isBlank()) {
            // a stripe in the council's colour: text keeps the theme's contrast whatever the colour is
            header.getStyle().set("border-bottom", "4px solid " + colour);
        }
        addToNavbar(header);

        var nav = new SideNav();
        nav.setLabel("Main navigation");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            var item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
        addToDrawer(nav);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getUI().ifPresent(UserAction::closeEarlierMessages);
    }
}
