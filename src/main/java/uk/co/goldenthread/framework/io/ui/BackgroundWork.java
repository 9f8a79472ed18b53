package uk.co.goldenthread.framework.io.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.ui.BackgroundPolling;
import uk.co.goldenthread.framework.io.ProgressListener;

/**
 * Runs a long import step off the request thread, as the signed-in person, showing its progress; the page polls while
 * it runs, so the screen never freezes and needs no server push.
 */
class BackgroundWork extends Div {

    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span step = new Span();
    private final Consumer<RuntimeException> refused;
    private CompletableFuture<?> running = CompletableFuture.completedFuture(null);

    /** {@code refused} shows, on the page, why the work was refused or could not start. */
    BackgroundWork(Consumer<RuntimeException> refused) {
        this.refused = refused;
        bar.getElement().setAttribute("aria-label", "Progress of the import");
        add(step, bar);
        setVisible(false);
    }

    /** Starts the work, unless some is still running; calls {@code done} with its result in the UI. */
    <T> void start(UI ui, String firstStep, Function<ProgressListener, T> work, Consumer<T> done) {
        if (!running.isDone()) {
            refused.accept(new DomainException("An import is still running; wait for it to finish."));
            return;
        }
        SecurityContext security = SecurityContextHolder.getContext();
        show(firstStep, 0);
        setVisible(true);
        BackgroundPolling.started(ui, this);
        ProgressListener progress = (fraction, text) -> ui.access(() -> show(text, fraction));
        running = CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(security);
            try {
                return work.apply(progress);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, task -> Thread.ofVirtual().name("framework-import").start(task)).whenComplete((result, error) ->
                ui.access(() -> {
                    setVisible(false);
                    BackgroundPolling.ended(ui, this);
                    if (error == null) {
                        done.accept(result);
                    } else {
                        refused.accept(error.getCause() instanceof RuntimeException r ? r
                                : new IllegalStateException(error));
                    }
                }));
    }

    /** The work under way, for tests that wait for it. */
    CompletableFuture<?> running() {
        return running;
    }

    private void show(String text, double fraction) {
        step.setText(text);
        bar.setValue(Math.max(0, Math.min(1, fraction)));
    }
}
