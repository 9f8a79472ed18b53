package uk.co.goldenthread.benchmark;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.internal.StateNode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.quarters.ui.ReturnView;
import uk.co.goldenthread.packs.ui.PackView;

/**
 * A quick in-JVM measure of what one screen keeps per browser tab, for comparing a screen before and after a change
 * without the production jar (SessionMemoryBenchmark is the real figure, this its proxy): the screen is opened twice
 * in one session, and the bytes reachable from the second copy but not from the first (JOL's object graph) are what
 * one more tab with it costs, shared objects (services, Vaadin's caches) excluded. Both copies are measured after
 * the tab left them, so that the UI and its session are not counted; the pack's grid first answers the page request
 * a browser makes (its first page, or every row when all rows are shown). Demoshire, Q1-Q4 2052/53, rolled back.
 * Not part of verify: {@code ./mvnw -o test -Dtest=ScreenHeapProbe}.
 */
@Transactional
class ScreenHeapProbe extends UiTest {

    static {
        System.setProperty("jol.magicFieldOffset", "true"); // JOL's way to read field offsets on JDK 25
    }

    @Test
    void bytesPerScreen() {
        var journeys = new Journeys(context);
        long returnId = 0;
        long packQuarter = 0;
        for (int quarter = 1; quarter <= 4; quarter++) {
            long quarterId = journeys.openQuarter(2052, quarter).id();
            returnId = journeys.returnOf(quarterId, "Strategic Finance").id();
            if (quarter < 4) {
                journeys.fillIn(returnId, Map.of());
                if (quarter == 3) {
                    journeys.completeAll(quarterId, Map.of());
                    packQuarter = quarterId;
                }
            }
        }
        journeys.fillIn(returnId, Map.of());
        uk.co.goldenthread.SignIn.as(context, "priya.shah");
        PackSummary pack = context.getBean(PackService.class).compile(packQuarter);

        String returnPath = "returns/" + returnId;
        measure("return screen (james.lewis, Strategic Finance, Q4 2052/53, in draft)", "james.lewis", returnPath,
                () -> _get(ReturnView.class));
        measure("pack screen (priya.shah, Q3 2052/53 v" + pack.version() + ")", "priya.shah", "packs/" + pack.id(),
                () -> {
                    PackView view = _get(PackView.class);
                    Grid<?> grid = _get(view, Grid.class);
                    int rows = grid.getDataCommunicator().getItemCount();
                    grid.getDataCommunicator().setRequestedRange(0, grid.isAllRowsVisible() ? rows
                            : grid.getPageSize());
                    MockVaadin.clientRoundtrip(false);
                    return view;
                });
        uk.co.goldenthread.SignIn.out();
        newBrowserSession();
        UI.getCurrent().navigate("login");
        measureOpen("login page (signed out, the demo's accounts listed)", "login", "password/forgot",
                () -> _get(uk.co.goldenthread.base.ui.LoginView.class));
    }

    private void measure(String what, String username, String path, Supplier<Component> open) {
        signInAndOpen(username, path);
        measureOpen(what, path, "", open);
    }

    /** The screen at {@code path} opened, left for {@code away}, opened again and left: the second copy's own bytes. */
    private static void measureOpen(String what, String path, String away, Supplier<Component> open) {
        Component first = open.get();
        int nodes = nodes(first);
        UI.getCurrent().navigate(away);
        UI.getCurrent().navigate(path);
        Component second = open.get();
        UI.getCurrent().navigate(away);
        long one = GraphLayout.parseInstance(first).totalSize();
        long both = GraphLayout.parseInstance(first, second).totalSize();
        System.out.printf("%n== screen heap probe: %s: %,d bytes, %d state nodes ==%n%n", what, both - one, nodes);
    }

    private static int nodes(Component component) {
        var count = new AtomicInteger();
        StateNode node = component.getElement().getNode();
        node.visitNodeTree(n -> count.incrementAndGet());
        return count.get();
    }
}
