package uk.co.goldenthread.publicsite.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A public URL the firewall refuses (encoded slashes, dot segments, semicolons) is simply not a page: the visitor
 * gets the same plain 404 as for any other unknown address. Other refused requests are left to Spring Security.
 */
@Component
class RejectedPublicRequests implements RequestRejectedHandler {

    private final PublicPages pages;

    RejectedPublicRequests(PublicPages pages) {
        this.pages = pages;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            RequestRejectedException rejected) throws IOException {
        String uri = request.getRequestURI();
        if (uri == null || !uri.startsWith("/public")) {
            throw rejected;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "max-age=300, public");
        response.getOutputStream().write(pages.render("not-found", Map.of()).getBytes(StandardCharsets.UTF_8));
    }
}
