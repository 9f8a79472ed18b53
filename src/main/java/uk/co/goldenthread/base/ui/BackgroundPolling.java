package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.HashSet;
import java.util.Set;

/**
 * The one owner of a browser tab's poll interval: the page polls while any of its background work (a framework
 * import, a pack compile) still runs, so the end of one never stops the news of another. Call in the UI's session.
 */
public final class BackgroundPolling {

    static final int POLL_MILLIS = 500;

    private final Set<Object> running = new HashSet<>();

    private BackgroundPolling() {
    }

    /** The page polls from now on, until {@code work} and every other work started in this UI have ended. */
    public static void started(UI ui, Object work) {
        of(ui).running.add(work);
        ui.setPollInterval(POLL_MILLIS);
    }

    /** {@code work} has ended; the page stops polling once nothing else runs. */
    public static void ended(UI ui, Object work) {
        BackgroundPolling polling = of(ui);
        polling.running.remove(work);
        if (polling.running.isEmpty()) {
            ui.setPollInterval(-1);
        }
    }

    private static BackgroundPolling of(UI ui) {
        BackgroundPolling polling = ComponentUtil.getData(ui, BackgroundPolling.class);
        if (polling == null) {
            polling = new BackgroundPolling();
            ComponentUtil.setData(ui, BackgroundPolling.class, polling);
        }
        return polling;
    }
}
