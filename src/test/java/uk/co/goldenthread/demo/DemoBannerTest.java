package uk.co.goldenthread.demo;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.UiTest;

/** In the demo profile every screen says it is a demo, once, whether signed in or not. */
class DemoBannerTest extends UiTest {

    @Test
    void theSignInPageSaysItIsADemo() {
        SignIn.out();
        newBrowserSession();
        UI.getCurrent().navigate("login");
        _get(LoginForm.class);
        assertThat(_get(Aside.class, spec -> spec.withClasses("demo-banner")).getText())
                .startsWith("Demonstration: the council, people and figures are fictional");
    }

    @Test
    void everySignedInPageSaysItIsADemoOnce() {
        signInAndOpen("priya.shah", "");
        assertThat(_find(Aside.class, spec -> spec.withClasses("demo-banner"))).hasSize(1);
        UI.getCurrent().navigate("quarters");
        UI.getCurrent().navigate("measures");
        assertThat(_find(Aside.class, spec -> spec.withClasses("demo-banner"))).singleElement()
                .satisfies(a -> assertThat(a.getText()).contains("Do not enter real data"));
    }
}
