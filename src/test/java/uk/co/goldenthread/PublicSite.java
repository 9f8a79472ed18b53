package uk.co.goldenthread;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A visitor to the public pages, through the real security filters: no sign-in, no cookies. */
public record PublicSite(MockMvc mvc) {

    public static PublicSite of(ApplicationContext context) {
        return new PublicSite(MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(springSecurity()).build());
    }

    public MvcResult get(String path) {
        try {
            return mvc.perform(MockMvcRequestBuilders.get(path)).andReturn();
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    /** The page's text as a person reads it. */
    public String text(String path) {
        try {
            return Jsoup.parse(get(path).getResponse().getContentAsString(StandardCharsets.UTF_8)).text();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
