package uk.co.goldenthread.quarters;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.audit.AuditRecord;

/** The audit trail records a change only when something changed, and names it as people do. Rolled back. */
@SpringBootTest
@Transactional
class HonestAuditTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReturnService returns;
    @Autowired
    ReturnApprovalService approvals;
    @Autowired
    ReviewService reviews;
    @Autowired
    AuditLog audit;
    @Autowired
    EntityManager entityManager;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void saveDraftThenSubmitWithNoEditRecordsNoValueChange() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2032, 1).id();
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        journeys.fillIn(finance, Map.of("FIN01", "88.5"));
        journeys.submit(finance);
        SignIn.as(context, "clare.foster");
        reviews.markLooked(finance);
        approvals.returnToDelivery(finance, returns.get(finance).version(), "Please check the commentary.");
        reloadFromTheDatabase();
        int before = history(finance).size();

        SignIn.as(context, "james.lewis");
        ReturnDetails shown = returns.get(finance);
        returns.save(ReturnEdit.ofLines(finance, shown.version(), asTheScreenSendsThem(shown)));
        reloadFromTheDatabase();
        assertThat(history(finance)).hasSize(before);
        ReturnDetails again = returns.get(finance);
        returns.submit(ReturnEdit.ofLines(finance, again.version(), asTheScreenSendsThem(again)));
        reloadFromTheDatabase();

        assertThat(history(finance).subList(before, history(finance).size())).extracting(AuditRecord::field)
                .containsOnly("status");
        SignIn.as(context, "clare.foster");
        assertThat(reviews.changesSinceLastLook(finance)).extracting(AuditRecord::field).containsOnly("status");
    }

    @Test
    void numbersAreComparedAtTheMeasuresScaleAndTextTrimmed() {
        var journeys = new Journeys(context);
        long finance = journeys.returnOf(journeys.openQuarter(2032, 2).id(), "Strategic Finance").id();
        journeys.fillIn(finance, Map.of("FIN01", "63"));
        reloadFromTheDatabase();
        int before = history(finance).size();

        SignIn.as(context, "james.lewis");
        ReturnDetails shown = returns.get(finance);
        returns.save(ReturnEdit.ofLines(finance, shown.version(), shown.lines().stream().map(l -> new LineEntry(l.lineId(),
                l.measure().code().equals("FIN01") ? " 63.0 " : l.value().toPlainString(), "  " + l.commentary() + " ",
                null, l.remedialActions())).toList()));
        reloadFromTheDatabase();

        assertThat(history(finance)).hasSize(before);
        AuditRecord fin01 = history(finance).stream().filter(r -> r.field().equals("FIN01 value")).findFirst()
                .orElseThrow();
        assertThat(fin01.newValue()).isEqualTo("63.0");
    }

    @Test
    void intentionProgressIsNamedByItsCodeWithUkDates() {
        var journeys = new Journeys(context);
        long finance = journeys.returnOf(journeys.openQuarter(2032, 3).id(), "Strategic Finance").id();
        SignIn.as(context, "james.lewis");
        ReturnDetails ret = returns.get(finance);
        ProgressDetails progress = ret.progress().getFirst();
        returns.save(new ReturnEdit(finance, ret.version(), List.of(), List.of(new ProgressEntry(progress.progressId(),
                ProgressStatus.ON_TRACK, LocalDate.of(2028, 12, 31), "On track"))));

        String code = progress.intention().code();
        assertThat(history(finance)).extracting(AuditRecord::field)
                .contains(code + " progress", code + " as at", code + " commentary")
                .noneMatch(field -> field.startsWith("Intention " + progress.intention().id()));
        assertThat(history(finance)).filteredOn(r -> r.field().equals(code + " as at"))
                .extracting(AuditRecord::newValue).containsExactly("31 Dec 2028");
    }

    /** What the return screen sends back when nothing was typed: each value as it shows it, at the measure's scale. */
    private static List<LineEntry> asTheScreenSendsThem(ReturnDetails ret) {
        return ret.lines().stream().map(l -> new LineEntry(l.lineId(),
                l.value() == null ? "" : l.value().setScale(l.measure().decimalPlaces()).toPlainString(),
                l.commentary(), l.noDataReason(), l.remedialActions(), l.dataAsAt())).toList();
    }

    private List<AuditRecord> history(long returnId) {
        return audit.history(ReturnService.AUDIT_SUBJECT, returnId);
    }

    private void reloadFromTheDatabase() {
        entityManager.flush();
        entityManager.clear();
    }
}
