package uk.co.goldenthread.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.base.MovableClock;
import uk.co.goldenthread.packs.CabinetDecision;
import uk.co.goldenthread.packs.PackService;

/**
 * Path tricks sent as raw bytes to the real server (Tomcat, the firewall and the security filters, which MockMvc
 * leaves out in part): encoded slashes and backslashes, dot segments, path parameters, a NUL byte, double slashes.
 * Each reaching the unpublished version of Q2 2036/37 or past /public, or not, gives the plain 404 page, never the
 * unpublished bytes, a server's own error page or a stack trace; and the listings (the index, open data, the measure's
 * page) name only the published quarter. Same context as BrowserTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class PublicPathTricksOverHttpTest {

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
    void everyPathTrickGivesThePlainNotFoundPageAndTheListingsNameNoUnpublishedVersion() throws IOException {
        published(compiled(2036, 4), LocalDate.of(2037, 5, 30));
        compiled(2037, 2); // Q2 2037/38: compiled, papers not published

        assertThat(get("/public/packs/2036-37/q4/v1")).as("the published version").startsWith("HTTP/1.1 200");
        for (String listing : List.of("/public", "/public/open-data", "/public/measures/FIN01")) {
            assertThat(get(listing)).as(listing).startsWith("HTTP/1.1 200").contains("Q4 2036/37")
                    .doesNotContain("Q2 2037/38", "2037-38/q2");
        }
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (String path : List.of("/public/packs/2037-38/q2/v1", "/public/packs/2037-38/q2",
                "/public/packs/2036-37/q4/..%2f..%2f2037-38/q2/v1", "/public/packs/2036-37/q4/%2e%2e/%2e%2e/2037-38/q2/v1",
                "/public/packs/2036-37/q4/%2E%2E%2F%2E%2E%2F2037-38%2Fq2%2Fv1", "/public/packs/2036-37/q4/..%5c..%5c2037-38/q2/v1",
                "/public/packs/2037-38/q2/v1;jsessionid=1",
                "/public/packs/2037-38/q2;x=1/v1", "/public/packs/2036-37/q4/v1%00.pdf", "/public//packs/2037-38/q2/v1",
                "/public/packs/2037-38/q2/v1%2500", "/public/packs/2036-37/q4/v1/%2e%2e/%2e%2e/%2e%2e/%2e%2e/login",
                "/public/%2e%2e/actuator/env", "/public/packs/2036-37/q4/v1.pdf%2f..%2f..%2fq2%2fv1.pdf")) {
            answers.put(path, get(path));
        }
        assertThat(answers).allSatisfy((path, response) -> assertThat(response).as(path).startsWith("HTTP/1.1 404")
                .contains("Page not found").doesNotContain("Exception", "at uk.", "Tomcat", "Whitelabel", "Q2 2037/38"));

        // a raw backslash is no URI character: Tomcat's parser refuses the request line before the address is known,
        // so its own short error page answers, without a report or the server's name
        assertThat(get("/public/packs/2036-37/q4/..\\..\\2037-38/q2/v1")).startsWith("HTTP/1.1 4")
                .doesNotContain("Exception", "Tomcat/", "Q2 2037/38");
    }

    /** The request line as given, byte for byte: no client normalises it first. */
    private String get(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private long compiled(int year, int quarter) {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(year, quarter).id();
        journeys.completeAll(quarterId, Map.of("FIN01", "88.5"));
        SignIn.as(context, "priya.shah");
        long packId = packs.compile(quarterId).id();
        SignIn.out();
        return packId;
    }

    private void published(long packId, LocalDate meeting) {
        SignIn.as(context, "priya.shah");
        packs.publishPapers(packId, "Published after the dispatch date: a past quarter in the test");
        MovableClock.of(context).on(meeting, () -> packs.recordDecision(packId, CabinetDecision.APPROVED,
                meeting));
        packs.publish(packId);
        SignIn.out();
    }
}
