package uk.co.goldenthread.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Unknown or malformed ids on the signed-in routes give one plain "Page not found", logged once at INFO, never a
 * stack trace (the public site's own 404 is tested with it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ExtendWith(OutputCaptureExtension.class)
class NotFoundTest {

    @LocalServerPort
    int port;

    @Test
    void malformedAndUnknownIdsGiveOnePlainNotFoundPageLoggedOnceAtInfo(CapturedOutput output) throws Exception {
        var browser = new uk.co.goldenthread.WebSession(port);
        browser.signIn("priya.shah", "demo");
        for (String path : List.of("/returns/abc", "/returns/99999999", "/returns/abc/history", "/packs/abc",
                "/packs/99999999", "/measures/NO-SUCH-CODE")) {
            int before = output.getOut().length();
            HttpResponse<String> response = browser.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Page not found").doesNotContain("Exception", "at uk.co.");
            String logged = output.getOut().substring(before);
            assertThat(logged).as(path).doesNotContain("ERROR", "Exception");
            assertThat(logged.lines().filter(line -> line.contains(" INFO ") && line.contains("Not found: " + path)))
                    .as(path).hasSize(1);
        }
        var publicVisitor = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/public/packs/abc")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(publicVisitor.statusCode()).isEqualTo(404);
    }

    @Test
    void anAddressThatIsNoPageGivesThePlainNotFoundPageSignedInOrNot(CapturedOutput output) throws Exception {
        var signedIn = new uk.co.goldenthread.WebSession(port);
        signedIn.signIn("priya.shah", "demo");
        var visitor = new uk.co.goldenthread.WebSession(port);
        for (String path : List.of("/no/such/page", "/nosuchpage", "/returns/1/no/such/page", "/login/nothing")) {
            for (var who : List.of(signedIn, visitor)) {
                int before = output.getOut().length();
                HttpResponse<String> response = who.get(path);
                String as = path + (who == visitor ? " (visitor)" : " (signed in)");
                assertThat(response.statusCode()).as(as).isEqualTo(404);
                assertThat(response.headers().firstValue("Location")).as(as).isEmpty();
                assertThat(response.body()).as(as).contains("Page not found").doesNotContain("Exception", "at uk.co.",
                        "at com.vaadin");
                String logged = output.getOut().substring(before);
                assertThat(logged).as(as).doesNotContain("ERROR", "Exception");
                assertThat(logged.lines().filter(line -> line.contains(" INFO ") && line.contains("Not found: " + path)))
                        .as(as).hasSize(1);
            }
        }
        assertThat(visitor.get("/").headers().firstValue("Location")).as("a real page still asks a visitor to sign in")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(visitor.get("/returns/1").headers().firstValue("Location")).as("and so does a real route")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        var forged = visitor.post("/no/such/page", java.util.Map.of("a", "1"));
        assertThat(forged.statusCode()).as("a post without a CSRF token is refused, page or not").isIn(302, 403);
        if (forged.statusCode() == 302) {
            assertThat(forged.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
        assertThat(signedIn.post("/no/such/page", java.util.Map.of("a", "1")).statusCode())
                .as("signed in, a post without a CSRF token").isEqualTo(403);
    }
}
