package uk.co.goldenthread.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.UiTest;

/** Each role sees a side navigation of its own pages only, and cannot open the others. */
class NavigationTest extends UiTest {

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = ';', value = {
        "priya.shah; Quarters, Packs, Outcomes, Measures, Areas and people, People, Intentions, Framework versions, Data quality, "
                + "Import and export, Change password, Published reports",
        "james.lewis; My tasks, Change password, Published reports",
        "clare.foster; My tasks, Reviews, Change password, Published reports",
        "helen.marsh; My tasks, Scorecard, Change password, Published reports",
        "sam.baker; Packs, Change password, Published reports",
        "grace.idowu; Change password, Published reports"
    })
    void theSideNavigationHoldsOnlyTheRolesPages(String username, String expected) {
        signInAndOpen(username, "");
        List<String> items = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(items).containsExactlyElementsOf(List.of(expected.split(", ")));
    }

    @Test
    void theHeaderNamesThePersonAndTheirRoleAndTheCouncil() {
        signInAndOpen("priya.shah", "quarters");
        String header = _get(com.vaadin.flow.component.html.Div.class, s -> s.withClasses("app-header")).getElement()
                .getTextRecursively();
        assertThat(header).contains("Signed in as Priya Shah, Performance Team", "Demoshire County Council")
                .doesNotContain("priya.shah");
    }

    @Test
    void theCouncilsLogoAndColourComeFromItsSettingsAndAreLeftOutWithout() {
        signInAndOpen("priya.shah", "quarters");
        var auth = context.getBean(AuthenticationContext.class);
        var labels = context.getBeanProvider(SignedInPersonLabel.class);
        Div header = _get(new MainLayout(auth, labels, "Demoshire County Council", "/images/demoshire.png", "#1d70b8"),
                Div.class, s -> s.withClasses("app-header"));
        Image logo = _get(header, Image.class);
        assertThat(logo.getSrc()).isEqualTo("/images/demoshire.png");
        assertThat(logo.getAlt()).hasValue("Demoshire County Council logo");
        assertThat(header.getStyle().get("border-bottom")).isEqualTo("4px solid #1d70b8");

        Div plain = _get(new MainLayout(auth, labels, "Demoshire County Council", "", ""), Div.class,
                s -> s.withClasses("app-header"));
        assertThat(_find(plain, Image.class)).isEmpty();
        assertThat(plain.getStyle().get("border-bottom")).isNull();
    }

    @Test
    void anAdDeliveryCannotOpenThePerformanceTeamsPages() {
        signInAndOpen("james.lewis", "tasks");
        assertThatThrownBy(() -> UI.getCurrent().navigate("quarters")).hasMessageContaining("ccess");
    }

    @Test
    void theLoginPageListsTheDemoAccountsAndSomeoneNotSignedInIsSentThere() {
        SignIn.out();
        newBrowserSession();
        UI.getCurrent().navigate("tasks");
        _get(LoginForm.class);
        NativeTable accounts = _get(NativeTable.class);
        assertThat(accounts.getCaption().getText()).startsWith("Demo accounts");
        assertThat(accounts.getElement().getTextRecursively()).contains("priya.shah", "Performance Team",
                "james.lewis", "AD Delivery", "helen.marsh", "Strategic Director");
    }

    /** The public pages' "Golden Thread for staff" link and a bookmarked /login both take a signed-in person in. */
    @Test
    void someoneSignedInWhoOpensTheLoginPageIsTakenToTheirPagesNotAskedToSignInAgain() {
        signInAndOpen("priya.shah", "login");
        assertThat(_find(LoginForm.class)).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("quarters");
        assertThat(_find(SideNavItem.class)).isNotEmpty();

        signInAndOpen("james.lewis", "login");
        assertThat(_find(LoginForm.class)).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("tasks");
    }
}
