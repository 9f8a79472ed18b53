package uk.co.goldenthread.packs.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.ui.BackgroundPolling;
import uk.co.goldenthread.base.ui.UserAction;
import uk.co.goldenthread.packs.PackSummary;

/**
 * The packs this browser session is compiling, by quarter, and how each ended. A large council's pack takes a minute
 * or more, so it compiles off the request thread, as the person who asked (the service checks their role and refuses
 * a second version at once); the page polls while one runs, so it never freezes and needs no server push. If the
 * person goes to another page meanwhile, a success says so there, and a refusal waits for them on Packs.
 */
final class Compilations {

    private static final Logger log = LoggerFactory.getLogger(Compilations.class);

    /** How one compile ended: the pack, or why there is none. */
    record Outcome(long quarterId, String label, @Nullable PackSummary pack, @Nullable RuntimeException refusal) {
    }

    /** A compile as background work of its tab, which polls while any runs. */
    private record Compile(long quarterId) {
    }

    private final Map<Long, UI> running = new LinkedHashMap<>();
    private final List<Outcome> unseen = new ArrayList<>();
    private final Map<UI, Consumer<Outcome>> pages = new HashMap<>();
    private Executor executor = task -> Thread.ofVirtual().name("pack-compile").start(task);

    private Compilations() {
    }

    static Compilations of(VaadinSession session) {
        Compilations compilations = session.getAttribute(Compilations.class);
        if (compilations == null) {
            compilations = new Compilations();
            session.setAttribute(Compilations.class, compilations);
        }
        return compilations;
    }

    /** Where the compiling runs: a virtual thread each, unless a test holds the work back to watch the page. */
    void runOn(Executor executor) {
        this.executor = executor;
    }

    boolean isRunning(long quarterId) {
        return running.containsKey(quarterId);
    }

    /** Starts compiling the quarter's pack in the background, unless this session is compiling it already. */
    void start(UI ui, long quarterId, String label, Supplier<PackSummary> compile) {
        if (running.containsKey(quarterId)) {
            return;
        }
        running.put(quarterId, ui);
        BackgroundPolling.started(ui, new Compile(quarterId));
        VaadinSession session = ui.getSession();
        SecurityContext asker = SecurityContextHolder.createEmptyContext();
        asker.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        executor.execute(() -> {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(asker);
            Outcome outcome;
            try {
                outcome = new Outcome(quarterId, label, compile.get(), null);
            } catch (RuntimeException e) {
                outcome = new Outcome(quarterId, label, null, e);
            } finally {
                SecurityContextHolder.setContext(before);
            }
            Outcome ended = outcome;
            if (session.hasLock()) {
                finished(ui, ended); // run on the request's own thread (a test's executor): the page shows it at once
                return;
            }
            try {
                ui.access(() -> finished(ui, ended));
            } catch (UIDetachedException closed) {
                session.access(() -> finished(null, ended)); // the tab was closed: Packs shows it next time
            }
        });
    }

    /** While the page is on show in the UI, each outcome goes to it; otherwise it waits, or is told elsewhere. */
    void show(UI ui, Consumer<Outcome> page) {
        pages.put(ui, page);
    }

    void hide(UI ui, Consumer<Outcome> page) {
        pages.remove(ui, page);
    }

    /** The refusals that came while the person was away from Packs; each is handed over once. */
    List<Outcome> takeUnseen() {
        List<Outcome> taken = List.copyOf(unseen);
        unseen.clear();
        return taken;
    }

    private void finished(@Nullable UI ui, Outcome outcome) {
        running.remove(outcome.quarterId());
        if (outcome.refusal() != null && !(outcome.refusal() instanceof DomainException)
                && !(outcome.refusal() instanceof AccessDeniedException)) {
            log.error("Compiling the {} pack failed", outcome.label(), outcome.refusal());
        }
        if (ui == null) {
            if (outcome.refusal() != null) {
                unseen.add(outcome);
            }
            return;
        }
        BackgroundPolling.ended(ui, new Compile(outcome.quarterId()));
        Consumer<Outcome> page = pages.get(ui);
        if (page != null) {
            page.accept(outcome);
        } else if (outcome.refusal() == null) {
            UserAction.showSuccess("Pack compiled for " + outcome.label() + ".");
        } else {
            unseen.add(outcome);
            UserAction.showNotice("The " + outcome.label() + " pack was not compiled: Packs says why.");
        }
    }
}
