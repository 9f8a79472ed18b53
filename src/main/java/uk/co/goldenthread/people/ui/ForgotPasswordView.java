package uk.co.goldenthread.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.ui.ErrorSummary;
import uk.co.goldenthread.people.PasswordService;

/** Forgot password: a reset link is e-mailed to the account's address, if there is such an account. */
@Route(value = "password/forgot", autoLayout = false)
@PageTitle("Forgot password | Golden Thread")
@AnonymousAllowed
public class ForgotPasswordView extends Main {

    public ForgotPasswordView(PasswordService passwords) {
        addClassName("login-view");
        var who = new TextField("Username or e-mail");
        var send = new Button("E-mail me a reset link");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var done = new Paragraph();
        var errors = new ErrorSummary();
        send.addClickListener(e -> {
            if (errors.attempt(this, () -> passwords.requestReset(who.getValue(), address()),
                    "Request received.")) {
                done.setText("If an account has that username or address, a link to choose a new password is on its "
                        + "way to the account's e-mail address. It works once, for 1 hour.");
            }
        });
        add(new H1("Forgot password"), errors, new Paragraph("Give your username or the e-mail address of your sign-in."),
                who, send, done, new Anchor("login", "Back to the sign-in page"));
    }

    /** The address asking, as Tomcat saw it (a trusted proxy's X-Forwarded-For applied). */
    private static @Nullable String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
