package uk.co.goldenthread.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.co.goldenthread.base.ui.ErrorSummary;
import uk.co.goldenthread.people.PasswordPolicy;
import uk.co.goldenthread.people.PasswordService;

/** The page a one-time link opens: choose a password (the first one, or a new one after a reset). */
@Route(value = "password/set", autoLayout = false)
@PageTitle("Choose your password | Golden Thread")
@AnonymousAllowed
public class SetPasswordView extends Main implements BeforeEnterObserver {

    private final PasswordService passwords;
    private final PasswordPolicy policy;

    public SetPasswordView(PasswordService passwords, PasswordPolicy policy) {
        this.passwords = passwords;
        this.policy = policy;
        addClassName("login-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        var holder = passwords.linkHolder(token);
        if (holder.isEmpty()) {
            add(new H1("This link no longer works"), new Paragraph("It has already been used or has expired. Ask "
                    + "for a new one on the sign-in page (Forgot password), or from the Performance Team."),
                    new Anchor("login", "Go to the sign-in page"));
            return;
        }
        var password = new PasswordField("New password");
        password.setHelperText("At least " + policy.minLength() + " characters; a few unrelated words work well. "
                + "Not a common password, and not your username.");
        var repeat = new PasswordField("Repeat the new password");
        var form = new VerticalLayout(password, repeat);
        form.setPadding(false);
        var errors = new ErrorSummary();
        var set = new Button("Set password");
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        set.addClickListener(e -> {
            if (errors.attempt(form, () -> passwords.setPassword(token, password.getValue(), repeat.getValue()),
                    "Your password is set.")) {
                removeAll();
                add(new H1("Your password is set"), new Paragraph("Sign in with your username and the new password."),
                        new Anchor("login", "Go to the sign-in page"));
            }
        });
        add(new H1("Choose your password"), new Paragraph("For " + holder.get() + "'s sign-in to Golden Thread."),
                errors, form, set);
    }
}
