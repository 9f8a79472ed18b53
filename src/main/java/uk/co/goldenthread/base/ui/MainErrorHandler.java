package uk.co.goldenthread.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.base.DomainException;

/** The one place where an exception no view handled is shown to the person: plain words, nothing swallowed. */
@Component
class MainErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = error.getThrowable();
            while (cause.getCause() != null && !(cause instanceof DomainException)) {
                cause = cause.getCause();
            }
            if (cause instanceof DomainException domain) {
                error.getComponent().flatMap(c -> c.getUI()).ifPresent(ui -> ui.access(() -> UserAction.showError(domain.getMessage())));
            } else if (cause instanceof AccessDeniedException) {
                error.getComponent().flatMap(c -> c.getUI()).ifPresent(ui -> ui.access(
                        () -> UserAction.showError("You do not have the role needed to do that.")));
            } else {
                log.error("Unexpected error", error.getThrowable());
                error.getComponent().flatMap(c -> c.getUI()).ifPresent(ui -> ui.access(
                        () -> UserAction.showError("Something went wrong on our side; nothing was changed. Please try again.")));
            }
        }));
    }
}
