package uk.co.goldenthread.packs.ui;

import com.vaadin.flow.server.VaadinSession;

/**
 * For screen tests that go on from a compile at once: this browser session compiles on the test's own thread, inside
 * its transaction, and the page shows the outcome when the click returns (CompileInTheBackgroundTest covers the
 * background).
 */
public final class CompileOnTheTestThread {

    private CompileOnTheTestThread() {
    }

    public static void inThisSession() {
        Compilations.of(VaadinSession.getCurrent()).runOn(Runnable::run);
    }
}
