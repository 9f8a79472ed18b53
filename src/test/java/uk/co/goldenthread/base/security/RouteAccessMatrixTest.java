package uk.co.goldenthread.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.WebSession;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;

/**
 * Every route, downloads included, for every role and for a visitor who is not signed in, over real HTTP: a role
 * opens exactly the pages this table gives it; every other page is refused (403, or 404 where even its existence is
 * not for them) and a visitor is sent to the login page; public pages and published files are open to all, an
 * unpublished version's files to nobody. Prints the matrix and the headers and cookie flags of a real response.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class RouteAccessMatrixTest {

    private static final String PT = "priya.shah";
    private static final String ADD = "james.lewis";
    private static final String ADC = "clare.foster";
    private static final String SD = "helen.marsh";
    private static final String CABINET = "sam.baker";
    private static final String SCRUTINY = "grace.idowu";
    private static final List<String> PEOPLE = List.of(PT, ADD, ADC, SD, CABINET, SCRUTINY);
    private static final Set<String> EVERYONE = Set.copyOf(PEOPLE);

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

    @Test
    void eachRoleOpensExactlyItsOwnPagesAndFilesAndNoOneElses() throws Exception {
        var journeys = new Journeys(context);
        long publishedQuarter = journeys.openQuarter(2035, 1).id();
        journeys.completeAll(publishedQuarter, Map.of("FIN01", "88.5"));
        long draftQuarter = journeys.openQuarter(2035, 2).id();
        journeys.completeAll(draftQuarter, Map.of("FIN01", "88.5"));
        SignIn.as(context, PT);
        PackSummary published = new Journeys(context).compileAndPublish(publishedQuarter);
        PackSummary draft = packs.compile(draftQuarter);
        SignIn.out();
        long financeReturn = journeys.returnOf(draftQuarter, "Strategic Finance").id();

        // route -> who may open it (the specification, written out rather than read from the annotations)
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        allowed.put("/", EVERYONE);
        allowed.put("/reports", EVERYONE);
        allowed.put("/tasks", Set.of(ADD, ADC, SD));
        allowed.put("/reviews", Set.of(ADC));
        allowed.put("/scorecard", Set.of(SD));
        allowed.put("/returns/" + financeReturn, Set.of(PT, ADD, ADC, SD));
        allowed.put("/returns/" + financeReturn + "/history", Set.of(PT, ADD, ADC, SD));
        allowed.put("/quarters", Set.of(PT));
        allowed.put("/packs", Set.of(PT, CABINET));
        allowed.put("/packs/" + draft.id(), Set.of(PT, CABINET));
        allowed.put("/outcomes", Set.of(PT));
        allowed.put("/measures", Set.of(PT));
        allowed.put("/measures/FIN01", Set.of(PT));
        allowed.put("/areas", Set.of(PT));
        allowed.put("/people", Set.of(PT));
        allowed.put("/intentions", Set.of(PT));
        allowed.put("/versions", Set.of(PT));
        allowed.put("/data-quality", Set.of(PT));
        allowed.put("/framework/import", Set.of(PT));
        String year = "2035-36";
        List<String> publicPaths = new ArrayList<>(List.of("/public", "/public/open-data", "/public/accessibility",
                "/public/measures/FIN01", "/public/packs/" + year + "/q1"));
        for (String format : List.of("", ".pdf", ".csv", ".xlsx", ".json")) {
            publicPaths.add("/public/packs/" + year + "/q1/v" + published.version() + format);
        }
        List<String> nobody = new ArrayList<>();
        for (String format : List.of("", ".pdf", ".csv", ".xlsx", ".json")) {
            nobody.add("/public/packs/" + year + "/q2/v" + draft.version() + format);
        }

        Map<String, WebSession> browsers = new LinkedHashMap<>();
        for (String person : PEOPLE) {
            var browser = new WebSession(port, "10.30.0." + (browsers.size() + 1));
            browser.signIn(person, "demo");
            assertThat(browser.signedIn()).as(person + " signed in").isTrue();
            browsers.put(person, browser);
        }
        var visitor = new WebSession(port, "10.30.1.1");

        StringBuilder matrix = new StringBuilder(String.format("%-32s", "route"));
        PEOPLE.forEach(p -> matrix.append(String.format("%14s", p)));
        matrix.append(String.format("%14s%n", "not signed in"));
        List<String> wrong = new ArrayList<>();
        for (var route : allowed.entrySet()) {
            matrix.append(String.format("%-32s", route.getKey().replaceAll("/[0-9]+(?=/|$)", "/{id}")));
            for (String person : PEOPLE) {
                int status = browsers.get(person).get(route.getKey()).statusCode();
                boolean expected = route.getValue().contains(person);
                if (expected ? status != 200 : !(status == 403 || status == 404)) {
                    wrong.add(person + " " + route.getKey() + ": " + status + (expected ? ", should open" : ", should be refused"));
                }
                matrix.append(String.format("%14s", status));
            }
            HttpResponse<String> anonymous = visitor.get(route.getKey());
            if (anonymous.statusCode() != 302 || !anonymous.headers().firstValue("Location").orElse("").endsWith("/login")) {
                wrong.add("visitor " + route.getKey() + ": " + anonymous.statusCode() + ", should go to the login page");
            }
            matrix.append(String.format("%14s%n", anonymous.statusCode()));
        }
        for (String path : publicPaths) {
            for (String person : PEOPLE) {
                if (browsers.get(person).get(path).statusCode() != 200) {
                    wrong.add(person + " " + path + ": should open (public)");
                }
            }
            if (visitor.get(path).statusCode() != 200) {
                wrong.add("visitor " + path + ": should open (public)");
            }
            matrix.append(String.format("%-32s%14s  (everyone)%n", path, 200));
        }
        for (String path : nobody) {
            for (String person : PEOPLE) {
                if (browsers.get(person).get(path).statusCode() != 404) {
                    wrong.add(person + " " + path + ": an unpublished version should be 404");
                }
            }
            if (visitor.get(path).statusCode() != 404) {
                wrong.add("visitor " + path + ": an unpublished version should be 404");
            }
            matrix.append(String.format("%-32s%14s  (everyone)%n", path, 404));
        }
        System.out.println("Route access matrix (HTTP status per person):\n" + matrix);

        HttpResponse<String> login = new WebSession(port).get("/login");
        System.out.println("Headers of GET /login: " + login.headers().map().entrySet().stream()
                .filter(h -> !h.getKey().equalsIgnoreCase("date")).toList());
        assertThat(wrong).isEmpty();
    }
}
