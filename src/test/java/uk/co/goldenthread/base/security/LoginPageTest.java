package uk.co.goldenthread.base.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.WebAttributes;
import uk.co.goldenthread.UiTest;

/**
 * The login page without single sign-on configured (SingleSignOnTest has it configured): no council-account button;
 * and a council account refused says why, in the words the refusal gave.
 */
class LoginPageTest extends UiTest {

    @Test
    void withoutAnIdentityProviderThereIsNoCouncilAccountButton() {
        UI.getCurrent().navigate("login");
        _get(LoginForm.class);
        assertThat(_find(Anchor.class, spec -> spec.withText("Sign in with your council account"))).isEmpty();
    }

    @Test
    void aRefusedCouncilAccountIsToldWhy() {
        String why = "Your council account's e-mail address is not verified, so Golden Thread cannot tell who you are.";
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null), why));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        String shown = String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
        assertThat(shown.contains("Council account not accepted") && shown.contains("is not verified"))
                .as("the login form's error names the refusal").isTrue();
    }
}
