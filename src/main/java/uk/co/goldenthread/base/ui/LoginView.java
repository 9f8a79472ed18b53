package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import uk.co.goldenthread.base.security.DemoAccounts;
import uk.co.goldenthread.base.security.SignInLockedException;

/**
 * Sign in with a Golden Thread password or, when single sign-on is configured, with the council account; in the demo
 * profile the demo accounts are listed beside the form. Someone already signed in (a bookmark, or the public pages'
 * "Golden Thread for staff" link) goes on to their pages instead.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Golden Thread")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final AuthenticationContext signedIn;

    public LoginView(ObjectProvider<DemoAccounts> demoAccounts,
            ObjectProvider<ClientRegistrationRepository> singleSignOn, AuthenticationContext signedIn) {
        this.signedIn = signedIn;
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("password/forgot")));
        add(new H1("Golden Thread"), new Paragraph("Council performance, from outcome to the person accountable."),
                login);
        singleSignOn.ifAvailable(this::offerCouncilAccount);
        add(new Anchor("public", "Read published performance reports without signing in"));
        demoAccounts.ifAvailable(this::showDemoAccounts);
    }

    /** Only when an identity provider is configured: signing in there starts at Spring Security's address for it. */
    private void offerCouncilAccount(ClientRegistrationRepository registrations) {
        String id = "council";
        if (registrations instanceof Iterable<?> all) {
            for (Object registration : all) {
                if (registration instanceof ClientRegistration r) {
                    id = r.getRegistrationId();
                    break;
                }
            }
        }
        var council = new Anchor("oauth2/authorization/" + id, "Sign in with your council account");
        council.setRouterIgnore(true);
        council.addClassName("council-sign-in");
        add(council);
    }

    private void showDemoAccounts(DemoAccounts demo) {
        var table = new NativeTable();
        table.setCaptionText("Demo accounts (password for all: " + demo.password() + ")");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Username");
        head.addHeaderCell().setText("Name");
        head.addHeaderCell().setText("Role");
        for (DemoAccounts.Account account : demo.accounts()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(account.username());
            row.addDataCell().setText(account.fullName());
            row.addDataCell().setText(account.roles());
        }
        table.addClassName("demo-accounts");
        add(new H2("Try it"), table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (signedIn.isAuthenticated()) {
            event.forwardTo(HomeView.class);
            return;
        }
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        LoginI18n i18n = LoginI18n.createDefault();
        if (failed && lastFailure() instanceof SignInLockedException locked) {
            i18n.getErrorMessage().setTitle(locked.byAddress() ? "Sign-ins paused" : "Account locked");
            i18n.getErrorMessage().setMessage(locked.getMessage());
        } else if (failed && lastFailure() instanceof OAuth2AuthenticationException refused
                && refused.getError().getDescription() != null) {
            i18n.getErrorMessage().setTitle("Council account not accepted");
            i18n.getErrorMessage().setMessage(refused.getError().getDescription());
        }
        login.setI18n(i18n);
        login.setError(failed);
    }

    /** Why the last sign-in of this browser failed, as Spring Security keeps it in the session. */
    private static @Nullable Object lastFailure() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getHttpServletRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
