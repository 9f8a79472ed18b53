package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.PublicSite;
import uk.co.goldenthread.SignIn;

/**
 * A compiled but unpublished version's HTML has a staff address, /compiled-packs/{id}: the Performance Team, Cabinet
 * members and Strategic Directors read the stored bytes there, signed in; anyone else is refused, a visitor is sent
 * to sign in, and the public site still knows nothing of it.
 */
@SpringBootTest
@Transactional
class CompiledPackPageTest {

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
    void staffWhoReadThePackBeforePublicationReadItsStoredHtmlAndNobodyElseDoes() throws Exception {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2029, 3).id();
        journeys.completeAll(quarterId, Map.of("FIN01", "88.5"));
        SignIn.as(context, "priya.shah");
        PackSummary pack = packs.compile(quarterId);
        SignIn.out();
        byte[] stored = jdbc.queryForObject("SELECT content FROM pack_file WHERE pack_id = ? AND file_name = "
                + "'pack.html'", byte[].class, pack.id());
        String address = "/compiled-packs/" + pack.id();

        for (var reader : new UserRequestPostProcessor[] {user("priya.shah").roles("PERFORMANCE_TEAM"),
                user("sam.baker").roles("CABINET"), user("priya.shah").roles("STRATEGIC_DIRECTOR")}) {
            MockHttpServletResponse page = get(address, reader);
            assertThat(page.getStatus()).isEqualTo(200);
            assertThat(page.getContentType()).startsWith("text/html");
            assertThat(page.getContentAsByteArray()).as("the stored bytes").isEqualTo(stored);
            assertThat(page.getHeader("Cache-Control")).contains("no-store", "private");
        }
        assertThat(get(address, user("james.lewis").roles("AD_DELIVERY")).getStatus()).isEqualTo(403);
        MockHttpServletResponse visitor = get(address, null);
        assertThat(visitor.getStatus()).as("a visitor is sent to sign in").isEqualTo(302);
        assertThat(visitor.getRedirectedUrl()).endsWith("/login");
        assertThat(visitor.getContentAsByteArray()).isEmpty();

        var staff = user("priya.shah").roles("PERFORMANCE_TEAM");
        for (String unknown : new String[] {"/compiled-packs/999999999", "/compiled-packs/v1"}) {
            MockHttpServletResponse page = get(unknown, staff);
            assertThat(page.getStatus()).as(unknown).isEqualTo(404);
            assertThat(page.getContentAsString()).as(unknown).contains("Page not found");
        }
        assertThat(PublicSite.of(context).get("/public/packs/2029-30/q3/v1").getResponse().getStatus())
                .as("unpublished, so not public").isEqualTo(404);
    }

    private MockHttpServletResponse get(String path, UserRequestPostProcessor who) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity())
                .build();
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path);
        return mvc.perform(who == null ? request : request.with(who)).andReturn().getResponse();
    }
}
