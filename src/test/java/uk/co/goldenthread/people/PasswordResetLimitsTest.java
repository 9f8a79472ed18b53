package uk.co.goldenthread.people;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.co.goldenthread.NewPeople;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.people.ui.ForgotPasswordView;

/**
 * Forgot password cannot be turned into a mail cannon: at most 3 reset e-mails an hour to one account and 10 requests
 * an hour from one address (settings). A request over a limit sends nothing, and the person asking sees the same
 * answer as always, so the limits tell nobody whether an account exists.
 */
class PasswordResetLimitsTest extends UiTest {

    @RegisterExtension
    static final GreenMailExtension smtp = uk.co.goldenthread.TestSmtp.server();
    private PersonSummary newPerson() {
        return NewPeople.adDelivery(context, "reset.limit", "Reset Limit");
    }

    /** A visitor from an address no other test uses, on the Forgot password page. */
    private void openForgotPasswordFromANewAddress() {
        comeFrom("10." + ThreadLocalRandom.current().nextInt(1, 255) + "." + ThreadLocalRandom.current().nextInt(1, 255)
                + "." + ThreadLocalRandom.current().nextInt(1, 255));
        newBrowserSession();
        UI.getCurrent().navigate("password/forgot");
    }

    /** Asks for a reset link on the page; what the page then says. */
    private String askFor(String usernameOrEmail) {
        _setValue(_get(TextField.class, s -> s.withLabel("Username or e-mail")), usernameOrEmail);
        _click(_get(Button.class, s -> s.withText("E-mail me a reset link")));
        return _get(ForgotPasswordView.class).getElement().getTextRecursively();
    }

    private static long mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(address)).count();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theFourthResetWithinAnHourForOneAccountSendsNothingAndSaysTheSame() throws Exception {
        PersonSummary person = newPerson();
        String answer = null;
        for (int i = 1; i <= 3; i++) {
            openForgotPasswordFromANewAddress();
            int before = smtp.getReceivedMessages().length;
            String said = askFor(i == 2 ? person.email() : person.username());
            answer = answer == null ? said : answer;
            assertThat(said).as("answer " + i).isEqualTo(answer).contains("If an account has that username");
            assertThat(smtp.waitForIncomingEmail(10_000, before + 1)).as("e-mail " + i).isTrue();
        }
        assertThat(mailsTo(person.email())).isEqualTo(3);

        openForgotPasswordFromANewAddress();
        assertThat(askFor(person.username())).as("the fourth answer").isEqualTo(answer);
        openForgotPasswordFromANewAddress();
        assertThat(askFor(person.email())).as("the fifth, by e-mail address").isEqualTo(answer);
        Thread.sleep(1_500); // an e-mail, were one sent, goes out just after the commit
        assertThat(mailsTo(person.email())).as("e-mails after the third").isEqualTo(3);
    }

    @Test
    void theEleventhRequestWithinAnHourFromOneAddressSendsNothingAndSaysTheSame() throws Exception {
        openForgotPasswordFromANewAddress();
        String answer = askFor("nobody.at.all.0");
        for (int i = 1; i < 10; i++) {
            assertThat(askFor("nobody.at.all." + i)).as("request " + (i + 1)).isEqualTo(answer);
        }
        PersonSummary person = newPerson();
        assertThat(askFor(person.username())).as("the eleventh, for a real account").isEqualTo(answer);
        Thread.sleep(1_500);
        assertThat(mailsTo(person.email())).as("e-mails for the eleventh request").isZero();

        openForgotPasswordFromANewAddress();
        int before = smtp.getReceivedMessages().length;
        assertThat(askFor(person.username())).isEqualTo(answer);
        assertThat(smtp.waitForIncomingEmail(10_000, before + 1)).isTrue();
        assertThat(mailsTo(person.email())).as("the same request from another address").isEqualTo(1);
    }
}
