package uk.co.goldenthread.publicsite.ui;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * An address under /public that Tomcat itself refuses before the application sees it (an encoded slash or backslash,
 * a NUL byte: HTTP 400 with Tomcat's own error page) gets the public site's plain 404 page instead, like every other
 * address that is not a page. Tomcat still refuses it; only the answer changes. Other addresses keep Tomcat's answer.
 */
@Component
class MalformedPublicAddresses implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final PublicPages pages;

    MalformedPublicAddresses(PublicPages pages) {
        this.pages = pages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // added after Spring Boot's own error valve (which hides the server's name), so it answers first
        factory.addContextCustomizers(context -> context.getParent().getPipeline().addValve(new NotFoundPage()));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private final class NotFoundPage extends ErrorReportValve {

        private @Nullable String page;

        NotFoundPage() {
            // elsewhere Tomcat's own answer, as Spring Boot's valve gives it: no report, no server name
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, @Nullable Throwable throwable) {
            String uri = request.getRequestURI();
            if (uri == null || !uri.startsWith("/public")) {
                super.report(request, response, throwable);
                return;
            }
            // as Tomcat's own report: only an error nothing has answered yet
            if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.setStatus(404);
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                response.setHeader("Cache-Control", "max-age=300, public");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(page());
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response already started: nothing more can be said to the visitor
            }
        }

        private String page() {
            if (page == null) {
                page = pages.render("not-found", Map.of());
            }
            return page;
        }
    }
}
