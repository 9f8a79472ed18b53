package uk.co.goldenthread.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import uk.co.goldenthread.HeadlessChromium;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.quarters.ReturnStatus;

/**
 * An AD Delivery walks one return step with the keyboard only, in headless Chromium: signs in, opens the return from
 * My tasks with Tab and Enter (Enter on the row's cell focuses its link, Enter again follows it), changes the
 * commentary, submits, and confirms in the dialog; no mouse and no address typed. Keys go to whatever has focus,
 * and none is sent to a dialog before it is open with focus inside it. Commits Q4 2033/34 (ux's years).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false") // the same context as BrowserTest
class KeyboardWalkTest {

    @RegisterExtension
    static final HeadlessChromium BROWSER = HeadlessChromium.window(1280, 900);
    private static final Duration FIRST_PAGE = Duration.ofSeconds(120);
    private static final int MAX_TABS = 400;

    /** What has focus, as "tag|name|inside a dialog": the field's label or the button's accessible name. */
    private static final String FOCUSED = """
            let a = document.activeElement;
            while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
            if (!a || !a.closest) { return ''; }
            const grid = a.getRootNode().host;
            if (grid && grid.tagName === 'VAADIN-GRID') {
                const table = grid.shadowRoot && grid.shadowRoot.querySelector('table');
                const part = a.closest('tbody') ? 'grid-cell' : 'grid-header';
                return part + '|' + (grid.accessibleName || grid.getAttribute('aria-label')
                    || (table && table.getAttribute('aria-label')) || '') + '|false';
            }
            const host = a.closest('vaadin-button, vaadin-text-field, vaadin-text-area, vaadin-password-field, '
                + 'vaadin-select, vaadin-date-picker, vaadin-combo-box, vaadin-checkbox, vaadin-side-nav-item')
                || a.closest('a, input');
            if (!host) { return a.tagName.toLowerCase() + '||false'; }
            const name = host.getAttribute('aria-label') || host.label || (host.textContent || '').trim();
            const inDialog = !!host.closest('vaadin-confirm-dialog, vaadin-confirm-dialog-overlay, vaadin-dialog, '
                + 'vaadin-dialog-overlay, [role="dialog"], [role="alertdialog"]');
            return host.tagName.toLowerCase() + '|' + name.replace(/\\s+/g, ' ') + '|' + inDialog;
            """;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    private final List<String> walked = new ArrayList<>();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static ChromeDriver driver() {
        return BROWSER.driver();
    }

    @Test
    void anAdDeliverySubmitsAReturnWithTheKeyboardOnly() throws IOException {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2033, 4).id();
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        journeys.fillIn(finance, Map.of());
        SignIn.out();

        try {
            driver().get("http://localhost:" + port + "/login");
            new WebDriverWait(driver(), FIRST_PAGE).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("vaadin-login-form input[name='username']")));
            tabTo("vaadin-text-field|Username|false");
            type("james.lewis");
            tabTo("vaadin-password-field|Password|false");
            type("demo");
            press(Keys.ENTER);
            waitFor(By.cssSelector("vaadin-side-nav-item"));
            if (!driver().getCurrentUrl().endsWith("/tasks")) {
                tabTo("vaadin-side-nav-item|My tasks|false");
                press(Keys.ENTER);
            }

            // Tab stops once on the grid's header and once on its rows; Enter on the row's first cell focuses the
            // link in it (the return's name), and Enter on the link opens the return
            tabTo("grid-cell|My tasks|false");
            press(Keys.ENTER);
            tabTo("a|Q4 2033/34: Strategic Finance (James Lewis)|false");
            press(Keys.ENTER);
            waitFor(By.cssSelector(".return-status"));
            assertThat(driver().getCurrentUrl()).endsWith("/returns/" + finance);

            tabTo("vaadin-text-area|Commentary|false");
            press(Keys.END);
            type(" Checked with the keyboard only.");
            tabTo("vaadin-button|Submit return|false");
            press(Keys.ENTER);

            // the confirmation: no key until it is open with focus inside it, so none reaches Submit behind it
            new WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> focused().endsWith("|true"));
            tabTo("vaadin-button|Submit Q4 2033/34 return|true");
            press(Keys.ENTER);

            new WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> "Status: Submitted".equals(driver()
                    .executeScript("const s = document.querySelector('.return-status'); return s && s.textContent;")));
        } catch (RuntimeException | AssertionError e) {
            BROWSER.screenshot("keyboard-walk-failed.png");
            throw new AssertionError("Keyboard walk failed; focus went: " + String.join(" > ",
                    walked.subList(Math.max(0, walked.size() - 40), walked.size())), e);
        }
        BROWSER.screenshot("keyboard-walk.png");
        assertThat(journeys.get(finance, "james.lewis").status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(journeys.get(finance, "james.lewis").lines().getFirst().commentary())
                .endsWith("Checked with the keyboard only.");
    }

    /** Presses Tab until the element described has focus; fails if it never does (unreachable, or a trap). */
    private void tabTo(String target) {
        for (int i = 0; i < MAX_TABS; i++) {
            String now = focused();
            if (now.equals(target)) {
                return;
            }
            walked.add(now);
            press(Keys.TAB);
        }
        throw new AssertionError("Never reached " + target + " with Tab");
    }

    private String focused() {
        Object description = driver().executeScript(FOCUSED);
        return description == null ? "" : description.toString();
    }

    private void press(CharSequence key) {
        new Actions(driver()).sendKeys(key).perform();
        waitUntilVaadinIsIdle();
    }

    private void type(String text) {
        new Actions(driver()).sendKeys(text).perform();
        waitUntilVaadinIsIdle();
    }

    private void waitFor(By locator) {
        new WebDriverWait(driver(), FIRST_PAGE).until(ExpectedConditions.visibilityOfElementLocated(locator));
        waitUntilVaadinIsIdle();
    }

    private void waitUntilVaadinIsIdle() {
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> (Boolean) driver().executeScript(
                "return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                        + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"));
    }
}
