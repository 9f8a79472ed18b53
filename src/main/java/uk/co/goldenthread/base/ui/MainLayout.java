package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.annotation.Value;

/**
 * The shell for signed-in people. The side navigation lists the views marked {@code @Menu}; Vaadin leaves out those
 * whose access annotations do not admit the person, so each role sees only its own pages.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth, @Value("${goldenthread.council.name}") String councilName) {
        setPrimarySection(Section.DRAWER);
        var title = new Span("Golden Thread");
        title.addClassName("app-title");
        var council = new Span(councilName);
        council.addClassName("council-name");
        var user = new Span("Signed in as " + auth.getPrincipalName().orElse(""));
        user.addClassName("signed-in-as");
        var signOut = new Button("Sign out", e -> auth.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var header = new Div(new DrawerToggle(), title, council, user, signOut);
        header.addClassName("app-header");
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
}
