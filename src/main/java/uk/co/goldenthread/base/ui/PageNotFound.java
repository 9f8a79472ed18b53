package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.co.goldenthread.base.NoSuchRecordException;

/**
 * The one plain "Page not found" for every signed-in route: no such page, or an id that is malformed or names nothing
 * (the public site has its own, the same words). Logged once at INFO, with no stack trace.
 */
@PageTitle(PageNotFound.TITLE)
@AnonymousAllowed
public class PageNotFound extends Main implements HasErrorParameter<NotFoundException> {

    public static final String TITLE = "Page not found | Golden Thread";
    public static final String HEADING = "Page not found";
    public static final String EXPLANATION = "There is no page at this address. It may have been mistyped, or what it "
            + "named no longer exists.";
    private static final Logger log = LoggerFactory.getLogger(PageNotFound.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        log.info("Not found: /{}", event.getLocation().getPathWithQueryParameters());
        removeAll();
        add(new H1(HEADING), new Paragraph(EXPLANATION), new Anchor("", "Go to the home page"));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** A numeric id from the route, or "Page not found" when it is missing or not a number. */
    public static long id(RouteParameters parameters, String name) {
        String text = parameters.get(name).orElse("");
        if (!text.matches("[0-9]{1,18}")) {
            throw new NotFoundException();
        }
        return Long.parseLong(text);
    }

    /** "Page not found" in place of a screen whose record does not exist. */
    public static NotFoundException because(NoSuchRecordException e) {
        return new NotFoundException(e.getMessage());
    }
}
