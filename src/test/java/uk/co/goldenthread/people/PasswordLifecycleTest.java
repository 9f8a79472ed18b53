package uk.co.goldenthread.people;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import jakarta.mail.internet.MimeMessage;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import uk.co.goldenthread.NewPeople;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.TestSmtp;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.audit.AuditRecord;
import uk.co.goldenthread.people.ui.ForgotPasswordView;

/**
 * A password's life, with real e-mail (GreenMail) and the real screens: the Performance Team e-mails a one-time link,
 * the person chooses a password that passes the policy and signs in with it; the link then no longer works; a
 * forgotten password is reset by e-mail; a signed-in person changes theirs. Every step is audited, never the password.
 */
class PasswordLifecycleTest extends UiTest {

    @RegisterExtension
    static final GreenMailExtension smtp = TestSmtp.server();
    private static final Pattern LINK = Pattern.compile("http://localhost:8080/(password/set\\?token=[A-Za-z0-9_-]+)");

    /** A new starter with no password yet, and the Performance Team signed in to send them their link. */
    private PersonSummary newPerson() {
        PersonSummary person = NewPeople.adDelivery(context, "new.starter", "New Starter");
        SignIn.as(context, "priya.shah");
        return person;
    }

    /** The one-time link in the last e-mail to this address, as a path to open. */
    private static String linkIn(String address) throws Exception {
        smtp.waitForIncomingEmail(10_000, 1);
        MimeMessage last = null;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                last = m;
            }
        }
        assertThat(last).as("an e-mail to " + address).isNotNull();
        Matcher link = LINK.matcher(GreenMailUtil.getBody(last).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as("a link in: " + GreenMailUtil.getBody(last)).isTrue();
        return link.group(1);
    }

    private boolean signsIn(String username, String password) {
        try {
            return context.getBean(AuthenticationProvider.class)
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password))
                    .isAuthenticated();
        } catch (AuthenticationException refused) {
            return false;
        }
    }

    /** All the text on the page, as a person reads it. */
    private static String pageText() {
        return UI.getCurrent().getChildren().map(c -> c.getElement().getTextRecursively())
                .reduce("", (a, b) -> a + "\n" + b);
    }

    private void openAnonymously(String path) {
        SignIn.out();
        newBrowserSession();
        String[] parts = path.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], parts.length == 1 ? QueryParameters.empty()
                : QueryParameters.fromString(parts[1]));
    }

    private void choose(String password, String repeat) {
        _setValue(_get(PasswordField.class, s -> s.withLabel("New password")), password);
        _setValue(_get(PasswordField.class, s -> s.withLabel("Repeat the new password")), repeat);
        _click(_get(Button.class, s -> s.withText("Set password")));
    }

    @Test
    void aNewPersonSetsTheirFirstPasswordFromTheLinkThePerformanceTeamEmailedAndSignsIn() throws Exception {
        PersonSummary person = newPerson();
        assertThat(signsIn(person.username(), "")).as("no password yet").isFalse();
        context.getBean(PasswordService.class).sendSignInLink(person.id());
        String link = linkIn(person.email());
        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1]))
                .contains("Dear New Starter", "Your username is " + person.username(), "works once, for 7 days");

        openAnonymously(link);
        choose("short", "short");
        assertThat(_get(PasswordField.class, s -> s.withLabel("New password")).getErrorMessage())
                .contains("Use at least 12 characters; this has 5");
        assertThat(errorSummary()).singleElement().asString().startsWith("New password: Use at least 12 characters");
        assertThat(errorToasts()).as("the refusal is beside the field, not in a toast").isEmpty();
        choose("Password1234!", "Password1234!");
        assertThat(_get(PasswordField.class, s -> s.withLabel("New password")).getErrorMessage())
                .contains("one of the most common");
        choose("lantern orchard gravel", "lantern orchard gravle");
        assertThat(_get(PasswordField.class, s -> s.withLabel("Repeat the new password")).getErrorMessage())
                .contains("not the same");
        assertThat(errorSummary()).containsExactly("Repeat the new password: The two passwords are not the same.");
        assertThat(_get(PasswordField.class, s -> s.withLabel("New password")).isInvalid())
                .as("only the fields of the last refusal are marked").isFalse();
        choose("lantern orchard gravel", "lantern orchard gravel");
        assertThat(pageText()).contains("Your password is set");
        assertThat(signsIn(person.username(), "lantern orchard gravel")).isTrue();

        openAnonymously(link);
        assertThat(pageText()).contains("This link no longer works");
        assertThatThrownBy(() -> context.getBean(PasswordService.class).setPassword(link.substring(link.indexOf('=') + 1),
                "another fine password", "another fine password")).hasMessageContaining("already been used");

        SignIn.as(context, "priya.shah");
        assertThat(context.getBean(AuditLog.class).history(PeopleAdminService.AUDIT_SUBJECT, person.id()))
                .filteredOn(r -> r.field().equals("Password")).extracting(AuditRecord::newValue)
                .containsExactly("Sign-in link e-mailed (valid 7 days)", "Password set from a sign-in link")
                .noneMatch(v -> v.contains("lantern"));
    }

    @Test
    void aForgottenPasswordIsResetByEmailAndAnUnknownAccountGetsTheSameAnswer() throws Exception {
        PersonSummary person = newPerson();
        context.getBean(PasswordService.class).sendSignInLink(person.id());
        openAnonymously(linkIn(person.email()));
        choose("lantern orchard gravel", "lantern orchard gravel");
        int before = smtp.getReceivedMessages().length;

        openAnonymously("login");
        openAnonymously("password/forgot");
        _click(_get(Button.class, s -> s.withText("E-mail me a reset link")));
        assertThat(errorSummary()).containsExactly("Username or e-mail: Give your username or your e-mail address.");
        assertThat(_get(TextField.class, s -> s.withLabel("Username or e-mail")).getErrorMessage())
                .isEqualTo("Give your username or your e-mail address.");
        assertThat(errorToasts()).isEmpty();
        _setValue(_get(TextField.class, s -> s.withLabel("Username or e-mail")), "nobody.at.all");
        _click(_get(Button.class, s -> s.withText("E-mail me a reset link")));
        String unknownAnswer = _get(ForgotPasswordView.class).getElement().getTextRecursively();
        assertThat(unknownAnswer).contains("If an account has that username or address");
        _setValue(_get(TextField.class, s -> s.withLabel("Username or e-mail")), person.email());
        _click(_get(Button.class, s -> s.withText("E-mail me a reset link")));
        assertThat(_get(ForgotPasswordView.class).getElement().getTextRecursively()).isEqualTo(unknownAnswer);

        smtp.waitForIncomingEmail(10_000, before + 1);
        assertThat(smtp.getReceivedMessages()).hasSize(before + 1);
        openAnonymously(linkIn(person.email()));
        choose("copper kettle meadow", "copper kettle meadow");
        assertThat(signsIn(person.username(), "copper kettle meadow")).isTrue();
        assertThat(signsIn(person.username(), "lantern orchard gravel")).isFalse();

        SignIn.as(context, "priya.shah");
        assertThat(context.getBean(AuditLog.class).history(PeopleAdminService.AUDIT_SUBJECT, person.id()))
                .filteredOn(r -> r.field().equals("Password")).extracting(AuditRecord::newValue)
                .endsWith("Reset link e-mailed (asked for on the sign-in page)", "Password set from a reset link");
    }

    @Test
    void aSignedInPersonChangesTheirPasswordGivingTheCurrentOne() throws Exception {
        PersonSummary person = newPerson();
        context.getBean(PasswordService.class).sendSignInLink(person.id());
        openAnonymously(linkIn(person.email()));
        choose("lantern orchard gravel", "lantern orchard gravel");

        signInAndOpen(person.username(), "password/change");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Current password")), "not my password");
        _setValue(_get(PasswordField.class, s -> s.withLabel("New password")), "silver harbour lights");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Repeat the new password")), "silver harbour lights");
        _click(_get(Button.class, s -> s.withText("Change password")));
        assertThat(_get(PasswordField.class, s -> s.withLabel("Current password")).getErrorMessage())
                .isEqualTo("This is not your current password.");
        assertThat(errorSummary()).containsExactly("Current password: This is not your current password.");
        assertThat(errorToasts()).isEmpty();
        assertThat(signsIn(person.username(), "silver harbour lights")).isFalse();

        _setValue(_get(PasswordField.class, s -> s.withLabel("Current password")), "lantern orchard gravel");
        _setValue(_get(PasswordField.class, s -> s.withLabel("New password")), "silver harbour lights");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Repeat the new password")), "silver harbour lights");
        _click(_get(Button.class, s -> s.withText("Change password")));
        assertThat(signsIn(person.username(), "silver harbour lights")).isTrue();

        SignIn.as(context, "priya.shah");
        assertThat(context.getBean(AuditLog.class).history(PeopleAdminService.AUDIT_SUBJECT, person.id()))
                .filteredOn(r -> r.field().equals("Password")).extracting(AuditRecord::newValue)
                .endsWith("Password changed");
    }
}
