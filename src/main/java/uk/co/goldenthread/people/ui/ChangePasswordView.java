package uk.co.goldenthread.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.co.goldenthread.base.ui.ErrorSummary;
import uk.co.goldenthread.people.PasswordPolicy;
import uk.co.goldenthread.people.PasswordService;

/** A signed-in person changes their own password. */
@Route("password/change")
@PageTitle("Change password | Golden Thread")
@Menu(title = "Change password", order = 99, icon = "vaadin:key")
@PermitAll
public class ChangePasswordView extends Main {

    public ChangePasswordView(PasswordService passwords, PasswordPolicy policy) {
        var current = new PasswordField("Current password");
        var password = new PasswordField("New password");
        password.setHelperText("At least " + policy.minLength() + " characters; not a common password, and not your "
                + "username.");
        var repeat = new PasswordField("Repeat the new password");
        var form = new VerticalLayout(current, password, repeat);
        form.setPadding(false);
        var errors = new ErrorSummary();
        var change = new Button("Change password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> {
            if (errors.attempt(form, () -> passwords.changePassword(current.getValue(), password.getValue(),
                    repeat.getValue()), "Your password is changed.")) {
                current.clear();
                password.clear();
                repeat.clear();
            }
        });
        add(new H2("Change password"), errors, form, change);
    }
}
