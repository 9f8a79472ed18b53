package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.PublicSite;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.quarters.LineEntry;
import uk.co.goldenthread.quarters.ProgressEntry;
import uk.co.goldenthread.quarters.ProgressStatus;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterStatus;
import uk.co.goldenthread.quarters.RemedialActionEntry;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnEdit;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.workflow.ReturnRouting;
import uk.co.goldenthread.quarters.workflow.ReturnsConsistencyCheck;

/**
 * The Performance Team withdraws a correction whose returns are back on their route: each return goes back to what the
 * published version shows (status, values, commentary, remedial actions, progress), its route ends, the quarter is done
 * with again and version 1 stays the public one; audited on the pack and on each return. Rolled back.
 */
@SpringBootTest
@Transactional
class WithdrawACorrectionTest {

    static final String REASON = "Opened on the wrong quarter: the restated figure is Q4's";

    @Autowired
    ApplicationContext context;
    @Autowired
    PackService packs;
    @Autowired
    ReturnsCorrectionService corrections;
    @Autowired
    AuditLog audit;
    @Autowired
    RuntimeService runtime;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theReturnsGoBackAsPublishedTheirRoutesEndAndVersionOneStaysTheRecord() throws Exception {
        var journeys = new Journeys(context);
        PackSummary first = published(journeys, 2016, 3);
        long quarterId = first.quarterId();
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        long other = journeys.returnsOf(quarterId).stream().filter(r -> r.id() != finance).findFirst().orElseThrow()
                .id();
        ReturnDetails financeBefore = journeys.get(finance, "priya.shah");
        ReturnDetails otherBefore = journeys.get(other, "priya.shah");
        PublicSite site = PublicSite.of(context);
        byte[] v1 = site.get("/public/packs/2016-17/q3").getResponse().getContentAsByteArray();

        SignIn.as(context, "priya.shah");
        corrections.open(first.id(), "FIN01 restated", List.of(finance, other));
        rewrite(journeys, finance, "95", "Restated after the audit of the accounts");
        journeys.submit(finance);
        journeys.approve(finance);
        rewrite(journeys, other, null, "Rewritten while the correction was open");
        journeys.submit(other);
        journeys.approve(other);
        journeys.signOff(other);
        assertThat(journeys.get(finance, "priya.shah").status()).isEqualTo(ReturnStatus.APPROVED);
        assertThat(journeys.get(other, "priya.shah").status()).isEqualTo(ReturnStatus.SIGNED_OFF);

        SignIn.as(context, "priya.shah");
        PackSummary withdrawn = corrections.withdraw(first.id(), "  " + REASON + " ");
        assertThat(withdrawn.id()).isEqualTo(first.id());

        assertThat(held(journeys.get(finance, "priya.shah"))).as("values, commentary and actions as published")
                .isEqualTo(held(financeBefore));
        assertThat(held(journeys.get(other, "priya.shah"))).isEqualTo(held(otherBefore));
        assertThat(journeys.returnsOf(quarterId)).extracting(r -> r.status()).containsOnly(ReturnStatus.PUBLISHED);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("quarterlyReturn")
                .variableValueEquals("returnId", finance).count()).as("its route is ended").isZero();
        assertThat(context.getBean(ReturnsConsistencyCheck.class).disagreements())
                .noneMatch(d -> d.startsWith("Return " + finance + " ") || d.startsWith("Return " + other + " "));
        SignIn.as(context, "priya.shah");
        assertThat(context.getBean(QuarterService.class).get(quarterId).status()).isEqualTo(QuarterStatus.SIGNED_OFF);
        assertThat(corrections.openFor(quarterId)).isNull();
        assertThat(packs.readyToCompile()).extracting(q -> q.id()).doesNotContain(quarterId);
        assertThatThrownBy(() -> packs.compile(quarterId)).isInstanceOf(ConflictException.class);
        assertThat(packs.latestFor(quarterId).version()).isEqualTo(1);
        assertThat(packs.content(first.id()).lines()).filteredOn(l -> l.code().equals("FIN01")
                && l.commissioningArea().equals("Strategic Finance")).extracting(PackLineRow::value)
                .singleElement().asString().startsWith("88.5");
        assertThat(site.get("/public/packs/2016-17/q3").getResponse().getContentAsByteArray()).isEqualTo(v1);

        assertThat(audit.history(PackService.AUDIT_SUBJECT, first.id())).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("Correction through the returns");
            assertThat(r.oldValue()).isEqualTo(ReturnsCorrectionStatus.OPEN.label());
            assertThat(r.newValue()).isEqualTo(ReturnsCorrectionStatus.WITHDRAWN.label());
            assertThat(r.reason()).startsWith(REASON).contains("FIN01 restated", "Strategic Finance");
            assertThat(r.actor()).isEqualTo("priya.shah");
        });
        assertThat(audit.history(uk.co.goldenthread.quarters.ReturnService.AUDIT_SUBJECT, finance)).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("status");
            assertThat(r.oldValue()).isEqualTo(ReturnStatus.APPROVED.label());
            assertThat(r.newValue()).isEqualTo(ReturnStatus.PUBLISHED.label());
            assertThat(r.reason()).isEqualTo("Correction withdrawn: " + REASON);
            assertThat(r.actor()).isEqualTo("priya.shah");
        }).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("FIN01 value");
            assertThat(r.oldValue()).startsWith("95");
            assertThat(r.newValue()).startsWith("88.5");
            assertThat(r.reason()).isEqualTo("Correction withdrawn: " + REASON);
        });

        SignIn.as(context, "priya.shah");
        assertThat(corrections.open(first.id(), "FIN01 restated for Q3 after all", List.of(finance)).status())
                .as("a new correction may start").isEqualTo(ReturnsCorrectionStatus.OPEN);
        assertThat(journeys.get(finance, "priya.shah").status()).isEqualTo(ReturnStatus.RETURNED_TO_DELIVERY);
    }

    @Test
    void withoutAReasonWithNoCorrectionOpenOrOutsideThePerformanceTeamItIsRefusedAndNothingChanges() {
        var journeys = new Journeys(context);
        PackSummary first = published(journeys, 2017, 1);
        long finance = journeys.returnOf(first.quarterId(), "Strategic Finance").id();
        SignIn.as(context, "priya.shah");
        assertThatThrownBy(() -> corrections.withdraw(first.id(), REASON)).isInstanceOf(ConflictException.class)
                .hasMessage("No correction of Q1 2017/18 is open, so there is nothing to withdraw. Nothing was "
                        + "changed.");

        corrections.open(first.id(), "FIN01 restated", List.of(finance));
        rewrite(journeys, finance, "95", "Restated");
        int auditBefore = audit.history(PackService.AUDIT_SUBJECT, first.id()).size();
        SignIn.as(context, "priya.shah");
        for (String reason : new String[] {null, " "}) {
            assertThatThrownBy(() -> corrections.withdraw(first.id(), reason))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                            .containsEntry(ReturnsCorrectionService.WITHDRAWAL_REASON, "Say why the correction is "
                                    + "withdrawn: the audit trail of the pack and of each return keeps it."));
        }
        SignIn.as(context, "james.lewis");
        assertThatThrownBy(() -> corrections.withdraw(first.id(), REASON)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(context, "priya.shah");
        assertThat(corrections.openFor(first.quarterId())).as("still open").isNotNull();
        ReturnDetails now = journeys.get(finance, "priya.shah");
        assertThat(now.status()).isEqualTo(ReturnStatus.RETURNED_TO_DELIVERY);
        assertThat(now.lines()).filteredOn(l -> l.measure().code().equals("FIN01")).singleElement()
                .satisfies(l -> assertThat(l.value()).isEqualByComparingTo("95"));
        assertThat(audit.history(PackService.AUDIT_SUBJECT, first.id())).hasSize(auditBefore);

        journeys.submit(finance);
        journeys.approve(finance);
        journeys.signOff(finance);
        SignIn.as(context, "priya.shah");
        PackSummary second = packs.compile(first.quarterId());
        assertThatThrownBy(() -> corrections.withdraw(first.id(), REASON)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Version 2 is already compiled from the corrected returns");
        assertThat(packs.latestFor(first.quarterId()).id()).isEqualTo(second.id());
        assertThat(corrections.openFor(first.quarterId()).status()).isEqualTo(ReturnsCorrectionStatus.COMPILED);
    }

    /** What the withdrawal puts back: the return's status and people, and each line's and progress's content. */
    static List<Object> held(ReturnDetails r) {
        return List.of(r.status(), String.valueOf(r.submittedBy()), String.valueOf(r.submittedAt()),
                String.valueOf(r.returnedReason()), r.lines().stream().map(l -> List.of(l.measure().code(),
                        String.valueOf(l.value() == null ? null : l.value().stripTrailingZeros()),
                        String.valueOf(l.commentary()), String.valueOf(l.noDataReason()),
                        String.valueOf(l.commissioningCommentary()), String.valueOf(l.dataAsAt()), l.provisional(),
                        l.remedialActions())).toList(),
                r.progress().stream().map(p -> List.of(String.valueOf(p.status()), String.valueOf(p.asAt()),
                        String.valueOf(p.commentary()))).toList());
    }

    /** The AD Delivery rewrites every line's commentary (and FIN01's value if given), actions and progress. */
    private void rewrite(Journeys journeys, long returnId, String fin01, String commentary) {
        SignIn.as(context, context.getBean(ReturnRouting.class).adDelivery(returnId));
        ReturnService returns = context.getBean(ReturnService.class);
        ReturnDetails ret = returns.get(returnId);
        List<LineEntry> lines = ret.lines().stream().filter(l -> l.due()).map(l -> new LineEntry(l.lineId(),
                fin01 != null && l.measure().code().equals("FIN01") ? fin01
                        : l.value() == null ? null : l.value().toPlainString(), commentary, l.noDataReason(),
                List.of(new RemedialActionEntry("Recheck the ledger", "Chief accountant", LocalDate.of(2031, 6, 30)))))
                .toList();
        List<ProgressEntry> progress = ret.progress().stream().map(p -> new ProgressEntry(p.progressId(),
                ProgressStatus.AT_RISK, ret.period().lastDay(), commentary)).toList();
        returns.save(new ReturnEdit(returnId, ret.version(), lines, progress));
    }

    private PackSummary published(Journeys journeys, int year, int quarter) {
        long quarterId = journeys.openQuarter(year, quarter).id();
        journeys.completeAll(quarterId, Map.of("FIN01", "88.5"));
        SignIn.as(context, "priya.shah");
        PackSummary pack = new Journeys(context).compileAndPublish(quarterId);
        SignIn.out();
        return pack;
    }
}
