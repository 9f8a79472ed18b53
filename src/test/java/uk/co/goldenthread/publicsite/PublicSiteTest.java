package uk.co.goldenthread.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.PublicSite;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.base.MovableClock;
import uk.co.goldenthread.packs.CabinetDecision;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.quarters.ReopenStep;
import uk.co.goldenthread.quarters.ReturnReferral;

/** The public site serves published versions' stored bytes at stable URLs, and nothing else; no visitor gets a session. */
@SpringBootTest
@Transactional
class PublicSiteTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PackService packs;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPublishedVersionIsServedAsItsStoredBytesAtStableUrlsWithCachingFromItsHash() throws Exception {
        PackSummary pack = published(compiled(2031, 3), LocalDate.of(2032, 2, 29));
        PublicSite site = PublicSite.of(context);

        assertThat(site.text("/public")).contains("Financial year 2031/32", "Performance report Q3 2031/32");
        MockHttpServletResponse version = ok(site.get("/public/packs/2031-32/q3/v1"));
        assertThat(version.getContentAsByteArray()).isEqualTo(stored(pack, "pack.html"));
        assertThat(version.getHeader("Cache-Control")).contains("max-age=31536000", "public", "immutable");
        String etag = version.getHeader("ETag");
        assertThat(etag).contains(pack.sha256());
        MvcResult again = site.mvc().perform(MockMvcRequestBuilders.get("/public/packs/2031-32/q3/v1")
                .header("If-None-Match", etag)).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(304);

        for (var format : Map.of("pdf", "application/pdf", "csv", "text/csv", "json", "application/json",
                "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").entrySet()) {
            MockHttpServletResponse file = ok(site.get("/public/packs/2031-32/q3/v1." + format.getKey()));
            assertThat(file.getContentType()).startsWith(format.getValue());
            assertThat(file.getContentAsByteArray()).isEqualTo(stored(pack, "pack." + format.getKey()));
            assertThat(file.getHeader("Cache-Control")).contains("immutable");
        }

        MockHttpServletResponse latest = ok(site.get("/public/packs/2031-32/q3"));
        assertThat(latest.getHeader("Cache-Control")).contains("max-age=300").doesNotContain("immutable");
        assertThat(site.text("/public/packs/2031-32/q3")).contains("Performance report Q3 2031/32", "version 1",
                "Cabinet decision: Approved on 29 Feb 2032", pack.sha256(), "88.5%");
        assertThat(ok(site.get("/public/packs/2031-32/q3.pdf")).getContentAsByteArray())
                .isEqualTo(stored(pack, "pack.pdf"));

        assertThat(site.text("/public/measures/FIN01")).contains("FIN01 % of capital expenditure against budget",
                "Q3 2031/32, version 1", "88.5%");
        assertThat(site.text("/public/open-data")).contains("Open Government Licence v3.0", pack.sha256());
        assertThat(site.text("/public/accessibility")).contains("Accessibility statement", "Enforcement procedure");
    }

    @Test
    void aVersionIsStreamedFromItsCopyOnDiskAndADamagedCopyIsWrittenAgainFromTheDatabase() throws Exception {
        PackSummary pack = compiled(2055, 3);
        String sha = jdbc.queryForObject("SELECT content_sha256 FROM pack_file WHERE pack_id = ? AND file_name = "
                + "'pack.csv'", String.class, pack.id());
        Path copy = Path.of(context.getEnvironment().getRequiredProperty("goldenthread.pack-files.dir")).resolve(sha);
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, "=HYPERLINK(\"http://example.invalid\") damaged on disk");
        published(pack, LocalDate.of(2056, 2, 29));

        MockHttpServletResponse csv = ok(PublicSite.of(context).get("/public/packs/2055-56/q3/v1.csv"));

        assertThat(csv.getContentAsByteArray()).isEqualTo(stored(pack, "pack.csv"));
        assertThat(Files.readAllBytes(copy)).as("the copy on disk, checked and written again").isEqualTo(
                stored(pack, "pack.csv"));
        assertThat(csv.getHeader("ETag")).contains(pack.sha256());
    }

    @Test
    void nothingUnpublishedIsReachableAndEveryOtherUrlIsThePlainNotFoundPage() {
        PackSummary compiledOnly = compiled(2031, 2);
        PackSummary referred = compiled(2031, 1);
        SignIn.as(context, "priya.shah");
        long finance = new Journeys(context).returnOf(referred.quarterId(), "Strategic Finance").id();
        packs.publishPapers(referred.id());
        MovableClock.of(context).on(LocalDate.of(2031, 8, 29), () -> packs.referBack(referred.id(),
                LocalDate.of(2031, 8, 29), List.of(new ReturnReferral(finance, ReopenStep.AD_DELIVERY)),
                "Check the capital figures"));
        SignIn.out();
        PublicSite site = PublicSite.of(context);

        for (String path : List.of("/public/packs/2031-32/q2", "/public/packs/2031-32/q2/v1",
                "/public/packs/2031-32/q2/v1.pdf", "/public/packs/2031-32/q2.json", "/public/packs/2031-32/q1",
                "/public/packs/2031-32/q1/v1", "/public/packs/2031-32/q1/v1.csv", "/public/packs/2040-41/q3",
                "/public/packs/2031-33/q3", "/public/packs/2031-32/q5", "/public/packs/2031-32/q2/v0",
                "/public/packs/2031-32/q2/v1.exe", "/public/packs/2031-32/q2/v1/pack.html",
                "/public/packs/" + compiledOnly.id(), "/public/measures/NO-SUCH-MEASURE",
                "/public/measures/FIN01.json", "/public/nothing-here", "/public/packs/2031-32/q2/..%2f..%2fv1",
                "/public/packs/2031-32/q2/%2e%2e/q2/v1")) {
            MockHttpServletResponse response = site.get(path).getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(text(response)).as(path).contains("Page not found").doesNotContain("Exception", "at uk.");
        }
        assertThat(site.text("/public")).doesNotContain("Q2 2031/32", "Q1 2031/32");
        assertThat(site.text("/public/open-data")).doesNotContain("Q2 2031/32", "Q1 2031/32");
    }

    @Test
    void aVisitorGetsNoHttpSessionAndNoCookie() {
        published(compiled(2032, 4), LocalDate.of(2033, 5, 30));
        PublicSite site = PublicSite.of(context);
        for (String path : List.of("/public", "/public/packs/2032-33/q4", "/public/packs/2032-33/q4/v1",
                "/public/packs/2032-33/q4/v1.pdf", "/public/measures/FIN01", "/public/open-data",
                "/public/accessibility", "/public/packs/2032-33/q9")) {
            MvcResult result = site.get(path);
            assertThat(result.getRequest().getSession(false)).as(path).isNull();
            assertThat(result.getResponse().getHeaders("Set-Cookie")).as(path).isEmpty();
        }
    }

    /**
     * The public pages are cached publicly, so they cannot say who is signed in: their staff link is the same for
     * everyone and goes to the app's root, which asks a visitor to sign in and takes a signed-in person to their pages.
     */
    @Test
    void theStaffLinkIsTheSameForAVisitorAndASignedInPersonAndLeadsIntoTheApp() throws Exception {
        published(compiled(2031, 4), LocalDate.of(2032, 5, 30));
        PublicSite site = PublicSite.of(context);
        for (String path : List.of("/public", "/public/measures/FIN01", "/public/open-data",
                "/public/accessibility", "/public/nothing-here")) {
            var page = org.jsoup.Jsoup.parse(text(site.get(path).getResponse()));
            var staffLinks = page.select("a").stream().filter(a -> a.text().equals("Golden Thread for staff")).toList();
            assertThat(staffLinks).as(path).hasSize(1);
            assertThat(staffLinks.getFirst().attr("href")).as(path).isEqualTo("/");
            assertThat(page.text()).as(path).doesNotContain("Staff sign in");
        }
        for (String path : List.of("/public", "/public/packs/2031-32/q4", "/public/packs/2031-32/q4/v1",
                "/public/measures/FIN01", "/public/open-data")) {
            MockHttpServletResponse visitor = site.get(path).getResponse();
            MockHttpServletResponse signedIn = site.mvc().perform(MockMvcRequestBuilders.get(path).with(
                    org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                            .user("priya.shah").roles("PERFORMANCE_TEAM"))).andReturn().getResponse();
            assertThat(signedIn.getStatus()).as(path).isEqualTo(200);
            assertThat(text(signedIn)).as(path + " signed in: the same page as a visitor's").isEqualTo(text(visitor));
            assertThat(signedIn.getHeader("Cache-Control")).as(path).isEqualTo(visitor.getHeader("Cache-Control"));
        }
        assertThat(site.get("/public").getResponse().getHeader("Cache-Control")).contains("public", "max-age=300");
    }

    private PackSummary compiled(int year, int quarter) {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(year, quarter).id();
        journeys.completeAll(quarterId, Map.of("FIN01", "88.5"));
        SignIn.as(context, "priya.shah");
        PackSummary pack = packs.compile(quarterId);
        SignIn.out();
        return pack;
    }

    private PackSummary published(PackSummary pack, LocalDate meeting) {
        SignIn.as(context, "priya.shah");
        packs.publishPapers(pack.id());
        MovableClock.of(context).on(meeting, () -> packs.recordDecision(pack.id(), CabinetDecision.APPROVED,
                meeting));
        PackSummary published = packs.publish(pack.id());
        SignIn.out();
        return published;
    }

    private byte[] stored(PackSummary pack, String name) {
        return jdbc.queryForObject("SELECT content FROM pack_file WHERE pack_id = ? AND file_name = ?", byte[].class,
                pack.id(), name);
    }

    private static MockHttpServletResponse ok(MvcResult result) {
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(200);
        return result.getResponse();
    }

    private static String text(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
