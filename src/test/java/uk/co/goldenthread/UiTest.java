package uk.co.goldenthread;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouterLink;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.base.ui.ErrorSummary;

/**
 * Browserless UI tests (Karibu-Testing) on the real application context. The fake servlet request reads the
 * signed-in person from Spring Security, so Vaadin's view access checks and the services' method security agree.
 */
@SpringBootTest
public abstract class UiTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("uk.co.goldenthread");

    @Autowired
    protected ApplicationContext context;

    /** The address the fake browser's requests come from. */
    private String address = "127.0.0.1";

    @BeforeEach
    void startVaadin() {
        newBrowserSession();
    }

    /** A fresh browser session, as after signing in: the layout is built for whoever is signed in now. */
    protected void newBrowserSession() {
        SignIn.useStrategyOf(context);
        MockVaadin.tearDown();
        var trust = new AuthenticationTrustResolverImpl();
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session) {
                @Override
                public String getRemoteAddr() {
                    return address;
                }

                @Override
                public Principal getUserPrincipal() {
                    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                    return auth == null || trust.isAnonymous(auth) ? null : auth;
                }
            };
            request.setUserInRole((principal, role) -> principal instanceof Authentication auth
                    && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority())));
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /** The fake browser's requests come from this address from now on. */
    protected void comeFrom(String address) {
        this.address = address;
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SignIn.out();
    }

    /** Signs in as a demo person and opens a page, as they would after signing in. */
    protected void signInAndOpen(String username, String path) {
        SignIn.as(context, username);
        newBrowserSession();
        UI.getCurrent().navigate(path);
    }

    /**
     * Types text into a date field as a person would when the browser cannot read it: the browser sends an empty value
     * with the text typed, and the field's server-side parser reads it (as Vaadin's own client round trip does).
     */
    protected static void type(DatePicker field, String text) {
        field.getElement().setProperty("_inputElementValue", text);
        try {
            Method setModelValue = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
            setModelValue.setAccessible(true);
            setModelValue.invoke(field, null, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a grid's cell shows: a component's text (such as a row's link), else the column's formatted value. */
    protected static String cellText(Grid<?> grid, int row, String key) {
        return grid.getColumnByKey(key).getRenderer() instanceof ComponentRenderer<?, ?>
                ? ScreenText.of(GridKt._getCellComponent(grid, row, key))
                : GridKt._getFormatted(grid, row, key);
    }

    /** The link to its page in a grid row's cell (base/ui/CellLink); fails if the cell holds no link. */
    protected static RouterLink cellLink(Grid<?> grid, int row, String key) {
        if (GridKt._getCellComponent(grid, row, key) instanceof RouterLink link) {
            return link;
        }
        throw new AssertionError("Row " + row + " of " + grid.getAriaLabel().orElse("the grid") + " has no link in "
                + key);
    }

    protected static List<String> notificationTexts() {
        return com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                .map(UiTest::text).toList();
    }

    /** The errors listed under "There is a problem" on the page, in order. */
    protected static List<String> errorSummary() {
        return LocatorJ._find(ErrorSummary.class).stream().filter(Component::isVisible)
                .flatMap(summary -> LocatorJ._find(summary, Button.class).stream()).map(Button::getText).toList();
    }

    /** The messages shown in red toasts: a refusal belongs beside its field instead, with the summary at the top. */
    protected static List<String> errorToasts() {
        return com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                .filter(n -> n.getThemeNames().contains("error")).map(UiTest::text).toList();
    }

    private static String text(Notification notification) {
        return com.github.mvysny.kaributools.NotificationsKt.getText(notification);
    }
}
