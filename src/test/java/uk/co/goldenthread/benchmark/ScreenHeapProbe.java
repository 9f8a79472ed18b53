package uk.co.goldenthread.benchmark;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.internal.nodefeature.ElementData;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.packs.ui.PackView;
import uk.co.goldenthread.quarters.ui.ReturnView;

/**
 * A quick in-JVM count of what one screen keeps on the server per browser tab: its state nodes (each element and
 * text of its tree, with the node's features: what SessionMemoryBenchmark found growing most) and its components, for
 * comparing a screen before and after a change without the production jar. Bytes are SessionMemoryBenchmark's (an
 * object-graph measure here, JOL's, was tried and gave the same 531 KB before and after a change that removed 15% of
 * the nodes: it counted what the second copy shared through the test's one persistence context, not the screen).
 * Demoshire, Q1-Q4 2052/53, rolled back. Not part of verify: {@code ./mvnw -o test -Dtest=ScreenHeapProbe}.
 */
@Transactional
class ScreenHeapProbe extends UiTest {

    @Test
    void nodesPerScreen() {
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
        uk.co.goldenthread.SignIn.as(context, "priya.shah");
        PackSummary pack = context.getBean(PackService.class).compile(packQuarter);

        signInAndOpen("james.lewis", "returns/" + returnId);
        count("return screen (james.lewis, Strategic Finance, Q4 2052/53, not filled in)", () -> _get(ReturnView.class));
        journeys.fillIn(returnId, Map.of());
        signInAndOpen("james.lewis", "returns/" + returnId);
        count("return screen (the same, filled in: a value, commentary and a remedial action a line)",
                () -> _get(ReturnView.class));
        signInAndOpen("priya.shah", "packs/" + pack.id());
        count("pack screen (priya.shah, Q3 2052/53, the rows a browser asks for first fetched)", () -> {
            PackView view = _get(PackView.class);
            Grid<?> grid = _get(view, Grid.class);
            int rows = grid.getDataCommunicator().getItemCount();
            grid.getDataCommunicator().setRequestedRange(0, grid.isAllRowsVisible() ? rows : grid.getPageSize());
            MockVaadin.clientRoundtrip(false);
            return view;
        });
        uk.co.goldenthread.SignIn.out();
        newBrowserSession();
        UI.getCurrent().navigate("login");
        count("login page (the demo's accounts listed)", () -> _get(uk.co.goldenthread.base.ui.LoginView.class));
    }

    private static void count(String what, Supplier<Component> open) {
        Component screen = open.get();
        var nodes = new AtomicInteger();
        var tags = new TreeMap<String, Integer>();
        screen.getElement().getNode().visitNodeTree(n -> {
            nodes.incrementAndGet();
            tags.merge(n.hasFeature(ElementData.class) ? String.valueOf(n.getFeature(ElementData.class).getTag())
                    : "#text", 1, Integer::sum);
        });
        var components = new AtomicInteger();
        countComponents(screen, components);
        System.out.printf("%n== screen probe: %s: %d state nodes, %d components ==%n   nodes by element: %s%n%n",
                what, nodes.get(), components.get(), tags);
    }

    private static void countComponents(Component component, AtomicInteger count) {
        count.incrementAndGet();
        component.getChildren().forEach(child -> countComponents(child, count));
    }
}
