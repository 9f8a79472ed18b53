package uk.co.goldenthread.quarters.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.flowable.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import uk.co.goldenthread.ClickCost;
import uk.co.goldenthread.ClickCost.Cost;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.UiTest;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.ReturnSummary;
import uk.co.goldenthread.quarters.workflow.ReturnRouting;

/**
 * One Submit click on the return screen, confirmed, is one transaction: the values, the progress, the status and the
 * workflow task change together, and the screen it shows next comes from the same call. Likewise Approve with the
 * commissioning commentary typed, and Sign off. Measured on every return of a quarter; the figures are printed.
 */
class SubmitClickCostTest extends UiTest {

    @Autowired
    TaskService tasks;
    private ClickCost cost;

    @AfterEach
    void stopCounting() {
        if (cost != null) {
            cost.close();
        }
    }

    @Test
    void oneSubmitClickIsOneTransaction() {
        var journeys = new Journeys(context);
        List<ReturnSummary> returns = new ArrayList<>(journeys.returnsOf(journeys.openQuarter(2028, 3).id()));
        returns.addAll(journeys.returnsOf(journeys.openQuarter(2028, 4).id()));
        assertThat(returns).hasSizeGreaterThanOrEqualTo(5);
        cost = new ClickCost(context);
        List<Cost> costs = new ArrayList<>();
        for (ReturnSummary ret : returns) {
            journeys.fillIn(ret.id(), Map.of());
            signInAndOpen(context.getBean(ReturnRouting.class).adDelivery(ret.id()), "returns/" + ret.id());

            costs.add(cost.of(() -> {
                _click(_get(Button.class, s -> s.withText("Submit return")));
                ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
            }));

            assertThat(_get(Paragraph.class, s -> s.withClasses("return-status")).getText())
                    .isEqualTo("Status: " + ReturnStatus.SUBMITTED.label());
            assertThat(tasks.createTaskQuery().processVariableValueEquals("returnId", ret.id()).singleResult()
                    .getTaskDefinitionKey()).as("the workflow moved on in the same transaction").isEqualTo("reviewReturn");
            // back to where every opened quarter's returns are, so no review task is left for tests counting them
            journeys.returnToDelivery(ret.id(), "Measured; nothing to review.");
        }
        System.out.printf("Submit click, %d returns: transactions %s, SELECT statements %s (min/median/max)%n",
                costs.size(), spread(costs, Cost::transactions), spread(costs, Cost::selects));
        assertThat(costs).extracting(Cost::transactions).as("transactions per Submit click").containsOnly(1);
    }

    @Test
    void oneApproveClickWithCommissioningCommentaryIsOneTransaction() {
        var journeys = new Journeys(context);
        List<ReturnSummary> returns = journeys.returnsOf(journeys.openQuarter(2036, 2).id());
        ReturnRouting routing = context.getBean(ReturnRouting.class);
        cost = new ClickCost(context);
        List<Cost> costs = new ArrayList<>();
        List<Cost> opening = new ArrayList<>();
        for (ReturnSummary ret : returns) {
            journeys.fillIn(ret.id(), Map.of());
            journeys.submit(ret.id());
            String reviewer = routing.adCommissioning(ret.id());
            SignIn.as(context, reviewer == null ? "priya.shah" : reviewer);
            newBrowserSession();
            opening.add(cost.of(() -> UI.getCurrent().navigate("returns/" + ret.id())));
            assertThat(_get(Details.class, s -> s.withClasses("changes-since")).getSummaryText())
                    .startsWith("Changes since you last looked (").doesNotStartWith("Changes since you last looked (0)");
            _find(TextArea.class, s -> s.withLabel("Commissioning commentary"))
                    .forEach(field -> _setValue(field, "Commissioned as planned"));

            costs.add(cost.of(() -> {
                _click(_get(Button.class, s -> s.withText("Approve")));
                ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
            }));

            assertThat(_get(Paragraph.class, s -> s.withClasses("return-status")).getText())
                    .isEqualTo("Status: " + ReturnStatus.APPROVED.label());
            journeys.returnToCommissioning(ret.id(), "Measured; nothing to sign off.");
            journeys.returnToDelivery(ret.id(), "Measured; nothing to review.");
        }
        System.out.printf("Opening to review (layout included), %d returns: transactions %s, SELECT statements %s%n",
                opening.size(), spread(opening, Cost::transactions), spread(opening, Cost::selects));
        System.out.printf("Approve click, %d returns: transactions %s, SELECT statements %s (min/median/max)%n",
                costs.size(), spread(costs, Cost::transactions), spread(costs, Cost::selects));
        assertThat(costs).extracting(Cost::transactions).as("transactions per Approve click").containsOnly(1);
    }

    @Test
    void oneSignOffClickIsOneTransaction() {
        var journeys = new Journeys(context);
        // every return of two quarters but the last of each, so both stay open and no other test sees one signed off
        List<ReturnSummary> returns = new ArrayList<>();
        for (int quarter = 1; quarter <= 2; quarter++) {
            List<ReturnSummary> ofQuarter = journeys.returnsOf(journeys.openQuarter(2072, quarter).id());
            returns.addAll(ofQuarter.subList(0, ofQuarter.size() - 1));
        }
        ReturnRouting routing = context.getBean(ReturnRouting.class);
        cost = new ClickCost(context);
        List<Cost> costs = new ArrayList<>();
        for (ReturnSummary ret : returns) {
            String director = routing.strategicDirector(ret.id());
            if (director == null) {
                continue;
            }
            journeys.fillIn(ret.id(), Map.of());
            journeys.submit(ret.id());
            journeys.approve(ret.id());
            signInAndOpen(director, "returns/" + ret.id());

            costs.add(cost.of(() -> {
                _click(_get(Button.class, s -> s.withText("Sign off")));
                ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
            }));

            assertThat(_get(Paragraph.class, s -> s.withClasses("return-status")).getText())
                    .isEqualTo("Status: " + ReturnStatus.SIGNED_OFF.label());
            assertThat(tasks.createTaskQuery().processVariableValueEquals("returnId", ret.id()).count())
                    .as("the workflow's sign-off task ended in the same transaction").isZero();
        }
        assertThat(costs).as("returns signed off on screen").hasSizeGreaterThanOrEqualTo(3);
        System.out.printf("Sign off click, %d returns: transactions %s, SELECT statements %s (min/median/max)%n",
                costs.size(), spread(costs, Cost::transactions), spread(costs, Cost::selects));
        assertThat(costs).extracting(Cost::transactions).as("transactions per Sign off click").containsOnly(1);
    }

    private static String spread(List<Cost> costs, ToLongFunction<Cost> figure) {
        long[] sorted = costs.stream().mapToLong(figure).sorted().toArray();
        return sorted[0] + "/" + sorted[sorted.length / 2] + "/" + sorted[sorted.length - 1];
    }
}
