package uk.co.goldenthread.demo;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the demo profile every screen says it is a demo: in the header of the signed-in layout, above the page
 * elsewhere (the sign-in page). Nothing of it exists in any other profile.
 */
@Component
@Profile("demo")
class DemoBanner implements VaadinServiceInitListener {

    static final String TEXT = "Demonstration: the council, people and figures are fictional, and every password "
            + "is 'demo'. Do not enter real data.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(this::place));
    }

    private void place(AfterNavigationEvent event) {
        UI ui = UI.getCurrent();
        List<HasElement> chain = event.getActiveChain();
        HasElement root = chain.isEmpty() ? null : chain.get(chain.size() - 1);
        ui.getChildren().filter(Notice.class::isInstance).toList().forEach(ui::remove);
        if (root instanceof AppLayout layout) {
            if (layout.getChildren().noneMatch(Notice.class::isInstance)) {
                layout.addToNavbar(new Notice());
            }
        } else {
            ui.addComponentAsFirst(new Notice());
        }
    }

    /** The banner itself: a labelled note that screen readers announce as such. */
    static final class Notice extends Aside {
        Notice() {
            setText(TEXT);
            addClassName("demo-banner");
            getElement().setAttribute("aria-label", "Demonstration system");
        }
    }
}
