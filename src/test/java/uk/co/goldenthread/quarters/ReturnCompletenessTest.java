package uk.co.goldenthread.quarters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.base.InvalidInputException;

/** What a return needs before it can be submitted: values or reasons, commentary, remedial actions. */
@SpringBootTest
@Transactional
class ReturnCompletenessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReturnService returns;

    long finance;

    @BeforeEach
    void openQuarter() {
        var journeys = new Journeys(context);
        finance = journeys.returnOf(journeys.openQuarter(2026, 1).id(), "Strategic Finance").id();
        SignIn.as(context, "james.lewis");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aMeasureWithNoDataNeedsAReasonInsteadOfAValue() {
        submitExpecting(Map.of("FIN02", entry("FIN02", "", null, null, List.of())), "FIN02", "tick 'No data this period'");
        assertThatThrownBy(() -> save(entry("FIN02", "100", null, "Figures not yet audited", List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("FIN02 no data",
                                "Give either a value or a reason for no data, not both."));
        save(entry("FIN02", "", null, "Figures not yet audited", List.of()));
        assertThat(line("FIN02").noDataReason()).isEqualTo("Figures not yet audited");
    }

    @Test
    void aValueCanSayWhichPeriodItIsDataAsAt() {
        save(new LineEntry(line("FIN02").lineId(), "98", null, null, List.of(), "Q4 2025/26"));
        assertThat(line("FIN02").dataAsAt()).isEqualTo("Q4 2025/26");
        assertThat(line("FIN02").value()).isEqualByComparingTo("98");
    }

    @Test
    void everyIntentionNeedsItsProgressBeforeSubmitting() {
        submitExpecting(Map.of(), returns.get(finance).progress().getFirst().intention().code() + " progress",
                "Give the progress and the date it is as at.");
    }

    @Test
    void amberAndRedNeedCommentaryAndRedNeedsARemedialAction() {
        submitExpecting(Map.of("FIN01", entry("FIN01", "70", null, null, List.of())), "FIN01 commentary",
                "required because this measure is red");
        submitExpecting(Map.of("FIN01", entry("FIN01", "70", "Slippage", null, List.of())), "FIN01 remedial actions",
                "at least one remedial action");
        assertThatThrownBy(() -> save(entry("FIN01", "70", "Slippage", null,
                List.of(new RemedialActionEntry("Re-profile", "", null)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("FIN01 remedial actions", "Each remedial action needs the action, an owner and a due date."));
    }

    @Test
    void aCompleteReturnIsSubmittedWithItsRemedialActions() {
        var action = new RemedialActionEntry("Re-profile the capital programme", "Head of Finance", LocalDate.of(2026, 9, 30));
        ReturnDetails before = returns.get(finance);
        assertThat(before.progress()).extracting(p -> p.intention().title())
                .containsExactly("Deliver a sustainable MTFP and capital strategy");
        returns.save(new ReturnEdit(finance, before.version(), List.of(), List.of(new ProgressEntry(before.progress().getFirst().progressId(),
                ProgressStatus.AT_RISK, LocalDate.of(2026, 6, 30), "Capital strategy refresh delayed"))));
        ReturnDetails ret = returns.get(finance);
        returns.submit(ReturnEdit.ofLines(finance, ret.version(), ret.lines().stream().map(l -> switch (l.measure().code()) {
            case "FIN01" -> new LineEntry(l.lineId(), "70", "Slippage on two schemes", null, List.of(action));
            case "FIN02" -> new LineEntry(l.lineId(), "", null, "Figures not yet audited", List.of());
            case "FIN03" -> new LineEntry(l.lineId(), "-1", null, null, List.of());
            default -> new LineEntry(l.lineId(), "0", null, null, List.of());
        }).toList()));
        assertThat(returns.get(finance).status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(line("FIN01").remedialActions()).containsExactly(action);
        assertThat(returns.get(finance).progress().getFirst().status()).isEqualTo(ProgressStatus.AT_RISK);
    }

    private void submitExpecting(Map<String, LineEntry> overrides, String key, String message) {
        ReturnDetails ret = returns.get(finance);
        List<LineEntry> entries = ret.lines().stream().map(l -> overrides.getOrDefault(l.measure().code(),
                new LineEntry(l.lineId(), l.measure().code().equals("FIN03") ? "-1" : "100", null, null, List.of())))
                .toList();
        assertThatThrownBy(() -> returns.submit(ReturnEdit.ofLines(finance, ret.version(), entries)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get(key)).contains(message));
    }

    private void save(LineEntry entry) {
        returns.save(ReturnEdit.ofLines(finance, returns.get(finance).version(), List.of(entry)));
    }

    private LineEntry entry(String code, String value, String commentary, String noDataReason,
            List<RemedialActionEntry> actions) {
        return new LineEntry(line(code).lineId(), value, commentary, noDataReason, actions);
    }

    private LineDetails line(String code) {
        return returns.get(finance).lines().stream().filter(l -> l.measure().code().equals(code)).findFirst().orElseThrow();
    }
}
