package uk.co.goldenthread.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import uk.co.goldenthread.HeadlessChromium;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.measures.MeasureTargetService;
import uk.co.goldenthread.packs.CabinetDecision;
import uk.co.goldenthread.packs.PackService;

/**
 * The few paths that must be seen as a person sees them, in headless Chromium from Debian's packages. Skipped when
 * Chromium or its driver is not installed (CI's .ci/run installs them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false") // no dev-mode overlay over the page a person sees
class BrowserTest {

    @RegisterExtension
    static final HeadlessChromium BROWSER = HeadlessChromium.window(1280, 900);
    /** Vaadin's dev mode may build the frontend bundle on the first request. */
    private static final Duration FIRST_PAGE = Duration.ofSeconds(120);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    PackService packs;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static ChromeDriver driver() {
        return BROWSER.driver();
    }

    @Test
    void eachRoleSeesOnlyItsOwnPagesInTheSideNavigation() throws IOException {
        open("login");
        WebElement caption = waitFor(By.cssSelector("table.demo-accounts caption"));
        assertThat(caption.getText()).startsWith("Demo accounts");
        assertThat(caption.isDisplayed()).isTrue();
        screenshot("login.png");

        signIn("priya.shah");
        assertThat(sideNavigation()).contains("Quarters", "Packs").doesNotContain("My tasks");

        waitFor(By.xpath("//vaadin-button[normalize-space(.)='Sign out']")).click();
        waitFor(By.cssSelector("vaadin-login-form"));
        signIn("james.lewis");
        assertThat(sideNavigation()).contains("My tasks").doesNotContain("Quarters");
    }

    @Test
    void aPublishedPackCanBeReadWithoutSigningInAndHasNoAccessibilityViolations() throws IOException {
        publishedPackFor2023Quarter1();

        open("public");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Published performance reports");
        WebElement link = waitFor(By.partialLinkText("Performance report Q1 2023/24"));
        assertThat(link.getAttribute("href")).endsWith("/public/packs/2023-24/q1");

        open("public/packs/2023-24/q1");
        waitFor(By.cssSelector("table.counts"));
        String page = driver().findElement(By.tagName("body")).getText();
        assertThat(page).containsAnyOf("✖ Red", "▲ Amber", "✔ Green").contains("88.5%");
        List<String> captions = driver().findElements(By.tagName("caption")).stream().map(WebElement::getText).toList();
        assertThat(captions).contains("RAG rating and direction of travel by outcome")
                .anyMatch(c -> c.startsWith("Recent values of "));
        assertThat(driver().findElements(By.cssSelector("a[href]")).stream().map(WebElement::getText))
                .contains("Golden Thread for staff").doesNotContain("Staff sign in");
        screenshot("public-pack.png");

        for (String path : List.of("public/packs/2023-24/q1", "public/packs/2023-24/q1/v1", "public")) {
            open(path);
            waitFor(By.tagName("h1"));
            assertNoWcagViolations(path);
        }
    }

    /**
     * A success message does not follow the person to the next page: the navigation closes it. Karibu cannot show this
     * (one request for the whole test, and the rule compares requests). Opens Q2 2039/40 (ux2's year).
     */
    @Test
    void aSuccessMessageIsClosedWhenThePersonGoesToAnotherPage() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2039, 2).id();
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        SignIn.out();

        open("login");
        signIn("james.lewis");
        open("returns/" + finance);
        click(waitFor(By.xpath("//vaadin-button[normalize-space(.)='Save draft']")));
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> notifications().contains("Draft saved."));
        // the message would go by itself after 5 s: make it stay in the browser, so only the server can close it
        driver().executeScript("document.querySelectorAll('vaadin-notification').forEach(n => n.duration = 0)");
        sleep(Duration.ofSeconds(6));
        assertThat(notifications()).as("still shown while the person stays on the page").contains("Draft saved.");

        click(driver().findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(item -> item.getDomProperty("textContent").strip().equals("My tasks")).findFirst()
                .orElseThrow());
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/tasks"));
        waitUntilVaadinIsIdle();
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> !notifications().contains("Draft saved."));
    }

    /**
     * A return's read-only content (facts, the sparkline and its folded data table) is HTML the server writes once
     * (Markup), not elements of its own: the browser draws it, opens the table from its summary, and the facts are
     * redrawn as a value is typed. Opens Q1-Q3 2088/89, and axe-core finds no WCAG 2.2 A/AA violation on the page.
     */
    @Test
    void aReturnsLineShowsItsFactsAndSparklineAndRedrawsThemAsAValueIsTyped() {
        var journeys = new Journeys(context);
        SignIn.as(context, "priya.shah");
        long fin01 = context.getBean(FrameworkService.class).activeMeasures().stream()
                .filter(m -> m.code().equals("FIN01")).findFirst().orElseThrow().id();
        context.getBean(MeasureTargetService.class).setTarget(fin01, 2088, null, new BigDecimal("90.0"));
        for (int quarter = 1; quarter <= 2; quarter++) {
            long id = journeys.returnOf(journeys.openQuarter(2088, quarter).id(), "Strategic Finance").id();
            journeys.fillIn(id, Map.of("FIN01", quarter == 1 ? "85.0" : "88.0"));
        }
        long current = journeys.returnOf(journeys.openQuarter(2088, 3).id(), "Strategic Finance").id();
        SignIn.out();

        open("login");
        signIn("james.lewis");
        open("returns/" + current);
        By card = By.xpath(
                "//section[contains(@class, 'measure-card')][h3[starts-with(normalize-space(.), 'FIN01 ')]]");
        WebElement fin01Card = waitFor(card);
        assertThat(fin01Card.findElement(By.cssSelector(".line-facts")).getText()).contains("Target: 90.0%",
                "Previous quarters: Q2 2088/89: 88.0%, Q1 2088/89: 85.0%");
        assertThat(fin01Card.findElement(By.cssSelector(".chart-figure svg title")).getDomProperty("textContent"))
                .startsWith("Sparkline of FIN01");
        WebElement table = fin01Card.findElement(By.cssSelector(".chart-figure table.chart-table"));
        assertThat(table.isDisplayed()).as("the data table is folded at first").isFalse();
        click(fin01Card.findElement(By.cssSelector(".chart-figure summary")));
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> table.isDisplayed());
        assertThat(table.getText()).contains("Q2 2088/89 88.0%");

        WebElement value = fin01Card.findElement(By.cssSelector("vaadin-text-field input")); // the line's first: Value
        click(value);
        value.sendKeys("87.5");
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> d.findElement(card)
                .findElement(By.cssSelector(".line-performance-facts")).getText()
                .contains("Why is this amber?: Amber: 87.5% is 2.5 points below the target of 90.0%"));
        assertThat(driver().findElement(card).findElement(By.cssSelector(".chart-figure svg title"))
                .getDomProperty("textContent")).startsWith("Sparkline of FIN01");

        assertNoWcagViolations("the return");
    }

    /** axe-core's WCAG 2.2 A/AA rules on the page as it is now: they ran, and none is violated. */
    private void assertNoWcagViolations(String where) {
        // legacy mode runs axe in the page itself: no helper window (the pages have no frames to cross)
        var results = new AxeBuilder().setLegacyMode(true)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"))
                .analyze(driver());
        assertThat(results.getPasses()).as("axe-core ran its rules on " + where).isNotEmpty();
        var violations = results.getViolations();
        assertThat(violations).as(where + ": " + violations.stream().map(v -> v.getId() + " "
                + v.getNodes().stream().map(n -> n.getTarget().toString()).limit(3).toList()).toList()).isEmpty();
    }

    /** A click as the person's: scrolled into view first (the return's buttons are below a long form). */
    private void click(WebElement element) {
        driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element))
                .click();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The texts of the notifications on the page now. */
    @SuppressWarnings("unchecked")
    private List<String> notifications() {
        return (List<String>) driver().executeScript("return [...document.querySelectorAll('vaadin-notification-card')]"
                + ".filter(c => c.isConnected && !c.hasAttribute('closing')).map(c => c.textContent.trim())");
    }

    /** Quarter 1 of 2023/24 opened, completed, compiled, decided and published through the services. */
    private long publishedPackFor2023Quarter1() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2023, 1).id();
        journeys.completeAll(quarterId, Map.of("FIN01", "88.5"));
        SignIn.as(context, "priya.shah");
        long packId = packs.compile(quarterId).id();
        packs.publishPapers(packId, "Published after the dispatch date: a past quarter in the test");
        packs.recordDecision(packId, CabinetDecision.APPROVED, LocalDate.now());
        packs.publish(packId);
        SignIn.out();
        return packId;
    }

    private void open(String path) {
        driver().get("http://localhost:" + port + "/" + path);
    }

    private void signIn(String username) {
        WebElement user = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(username);
        driver().findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("demo");
        driver().findElement(By.cssSelector("vaadin-login-form vaadin-button[theme~='submit']")).click();
        waitFor(By.cssSelector("vaadin-side-nav-item"));
    }

    /** The labels of the side navigation, as shown (hidden items left out). */
    private List<String> sideNavigation() {
        waitUntilVaadinIsIdle();
        return driver().findElements(By.cssSelector("vaadin-side-nav-item")).stream().filter(WebElement::isDisplayed)
                .map(item -> item.getDomProperty("textContent").strip()).toList();
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(driver(), FIRST_PAGE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void waitUntilVaadinIsIdle() {
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript(
                "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"));
    }

    /** The whole page: the window is made as tall as the page first. */
    private void screenshot(String name) throws IOException {
        long height = (Long) driver().executeScript("return document.documentElement.scrollHeight");
        driver().manage().window().setSize(new Dimension(1280, (int) Math.max(900, height + 150)));
        BROWSER.screenshot(name);
    }
}
