package uk.co.goldenthread.base.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import uk.co.goldenthread.base.ui.PageNotFound;

/**
 * A GET for an address that is no route, no Vaadin request, no static resource and no other endpoint gets the plain
 * "Page not found" (404, logged once at INFO), signed in or not, rather than a refusal or a trip to the login page:
 * there is nothing there to protect. Anything else, and every error dispatch, goes on to the usual rules, which deny
 * what they do not know (fail closed); a POST without its CSRF token is still refused.
 */
final class AddressesThatAreNoPage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AddressesThatAreNoPage.class);
    private static final int LONGEST_LOGGED_PATH = 200;

    private final RequestUtil vaadin;
    private final RequestMatcher otherEndpoints;

    AddressesThatAreNoPage(RequestUtil vaadin, RequestMatcher otherEndpoints) {
        this.vaadin = vaadin;
        String mapping = vaadin.getUrlMapping();
        this.otherEndpoints = new OrRequestMatcher(otherEndpoints,
                VaadinSecurityConfigurer.getDefaultHttpSecurityPermitMatcher(mapping),
                VaadinSecurityConfigurer.getDefaultWebSecurityIgnoreMatcher(mapping), vaadin::isCustomWebIcon);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isNoPage(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI();
        log.info("Not found: {}", path.length() > LONGEST_LOGGED_PATH ? path.substring(0, LONGEST_LOGGED_PATH) + "…"
                : path);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        byte[] page = ("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>"
                + PageNotFound.TITLE + "</title></head><body><main><h1>" + PageNotFound.HEADING + "</h1><p>"
                + HtmlUtils.htmlEscape(PageNotFound.EXPLANATION) + "</p><p><a href=\"/\">Go to the home page</a></p>"
                + "</main></body></html>").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page);
        }
    }

    private boolean isNoPage(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && !vaadin.isFrameworkInternalRequest(request)
                && !vaadin.isSecuredFlowRoute(request) && !vaadin.isAnonymousRoute(request)
                && !otherEndpoints.matches(request);
    }
}
