package uk.co.goldenthread.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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
import uk.co.goldenthread.base.MovableClock;
import uk.co.goldenthread.packs.CabinetDecision;
import uk.co.goldenthread.packs.PackService;

/**
 * WCAG 1.4.10 (reflow): the public pages read at 400 % zoom of a 1280 px window, that is 320 CSS px wide, in headless
 * Chromium, without scrolling the page sideways and without clipping text. A data table may scroll inside its own
 * container, which must then be reachable by keyboard (tabindex 0) and named (aria-label or aria-labelledby).
 * Same context as BrowserTest. Skipped when Chromium or its driver is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class PublicPagesReflowTest {

    /** 400 % zoom of this window gives the 320 CSS px wide viewport (startAtFourTimesZoom). */
    @RegisterExtension
    static final HeadlessChromium BROWSER = HeadlessChromium.window(1280, 1024);

    /**
     * What a reader at 320 px cannot reach: the page's own sideways scroll, every text line or box that ends beyond
     * the viewport's right edge outside a scroll container, every element that hides overflowing text, and every scroll
     * container that overflows but cannot be focused or has no name. Boxes wholly off to the left (the skip link until
     * it is focused) are hidden on purpose and left out.
     */
    private static final String PROBLEMS = """
            const width = document.documentElement.clientWidth;
            const problems = [];
            if (document.documentElement.scrollWidth > width + 1) {
              problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide in ' + width);
            }
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                + ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
            const scrolls = e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
            const inScrollContainer = e => {
              for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                if (scrolls(a)) return true;
              }
              return false;
            };
            const reported = [];
            const report = (e, problem) => { reported.push(e); problems.push(problem + describe(e)); };
            for (const e of document.body.querySelectorAll('*')) {
              if (reported.some(r => r.contains(e))) continue; // its outermost box says it
              const style = getComputedStyle(e);
              if (style.display === 'none' || style.visibility === 'hidden') continue;
              const box = e.getBoundingClientRect();
              if (box.width === 0 && box.height === 0) continue;
              if (box.right <= 0) continue;
              if (scrolls(e) && e.scrollWidth > e.clientWidth + 1) {
                if (e.tabIndex < 0) report(e, 'scrolls but cannot be focused: ');
                const label = e.getAttribute('aria-labelledby');
                if (!e.getAttribute('aria-label') && !(label && document.getElementById(label)
                    && document.getElementById(label).textContent.trim())) {
                  report(e, 'scrolls but has no name: ');
                }
                continue;
              }
              if (['hidden', 'clip'].includes(style.overflowX) && e.scrollWidth > e.clientWidth + 1) {
                report(e, 'clips its text: ');
              }
              if (!inScrollContainer(e) && box.right > width + 1) {
                report(e, 'ends ' + Math.round(box.right - width) + ' px beyond the right edge: ');
              }
            }
            return problems;
            """;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    PackService packs;

    @BeforeEach
    void startAtFourTimesZoom() {
        // 400 % zoom of a 1280 x 1024 window: a 320 x 256 CSS px viewport, four device pixels to each
        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 256,
                "deviceScaleFactor", 4, "mobile", false));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static ChromeDriver driver() {
        return BROWSER.driver();
    }

    @Test
    void thePublicPagesReflowAt400PerCentZoomWithoutSidewaysScrollingOrClippedText() throws IOException {
        publishedPackFor2037Quarter1();
        for (String path : List.of("public", "public/packs/2037-38/q1", "public/packs/2037-38/q1/v1",
                "public/measures/FIN01", "public/open-data")) {
            driver().get("http://localhost:" + port + "/" + path);
            new WebDriverWait(driver(), Duration.ofSeconds(60))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
            assertThat(driver().executeScript("return window.innerWidth")).as("viewport, its scroll bar included")
                    .isEqualTo(320L);
            BROWSER.screenshot("reflow-" + path.replace('/', '-') + ".png");
            @SuppressWarnings("unchecked")
            List<String> problems = (List<String>) driver().executeScript(PROBLEMS);
            assertThat(problems).as(path + " at 320 CSS px").isEmpty();
        }
    }

    /** Quarter 1 of 2037/38 opened, completed, compiled, decided and published through the services. */
    private void publishedPackFor2037Quarter1() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2037, 1).id();
        journeys.completeAll(quarterId, Map.of("FIN01", "88.5"));
        SignIn.as(context, "priya.shah");
        long packId = packs.compile(quarterId).id();
        packs.publishPapers(packId, "Published after the dispatch date: a past quarter in the test");
        MovableClock.of(context).on(LocalDate.of(2037, 8, 29), () -> packs.recordDecision(packId,
                CabinetDecision.APPROVED, LocalDate.of(2037, 8, 29)));
        packs.publish(packId);
        SignIn.out();
    }
}
