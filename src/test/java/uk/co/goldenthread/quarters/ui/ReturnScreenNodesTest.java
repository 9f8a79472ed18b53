package uk.co.goldenthread.quarters.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.UiTest;

/**
 * What a return screen keeps on the server for each tab that has it open, in state nodes (an element or a text each,
 * with its features: what the session-memory benchmark finds growing most): no more than it keeps now. Demoshire's
 * Strategic Finance return (4 lines, 1 intention) with the whole UI around it, as its AD Delivery fills it in: 258
 * nodes before Markup wrote each line's read-only content out as HTML, 144 after; filled in (a value, commentary and a
 * remedial action a line) 282 and 168. Q1-Q4 2089/90, rolled back.
 */
@Transactional
class ReturnScreenNodesTest extends UiTest {

    static final int NOT_FILLED_IN_AT_MOST = 144;
    static final int FILLED_IN_AT_MOST = 168;

    @Test
    void aReturnBeingFilledInKeepsNoMoreNodesThanItDoesNow() {
        var journeys = new Journeys(context);
        long returnId = 0;
        for (int quarter = 1; quarter <= 4; quarter++) {
            returnId = journeys.returnOf(journeys.openQuarter(2089, quarter).id(), "Strategic Finance").id();
            if (quarter < 4) {
                journeys.fillIn(returnId, Map.of());
            }
        }
        signInAndOpen("james.lewis", "returns/" + returnId);
        assertThat(nodes()).as("state nodes, not filled in").isLessThanOrEqualTo(NOT_FILLED_IN_AT_MOST);

        journeys.fillIn(returnId, Map.of());
        signInAndOpen("james.lewis", "returns/" + returnId);
        assertThat(nodes()).as("state nodes, filled in").isLessThanOrEqualTo(FILLED_IN_AT_MOST);
    }

    private static int nodes() {
        var count = new AtomicInteger();
        UI.getCurrent().getElement().getNode().visitNodeTree(node -> count.incrementAndGet());
        return count.get();
    }
}
