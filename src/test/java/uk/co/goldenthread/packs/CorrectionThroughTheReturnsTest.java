package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.quarters.QuarterStatus;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.ReturnSummary;

/**
 * A correction after publication goes through the returns: the Performance Team opens it on the published version with
 * a change note and the affected returns, which go back to their AD Delivery and through review and sign-off again;
 * then the next version is compiled and published with the note, every earlier version still readable. Rolled back.
 */
@SpringBootTest
@Transactional
class CorrectionThroughTheReturnsTest {

    static final String NOTE = "FIN01 restated after the audit of the accounts";

    @Autowired
    ApplicationContext context;
    @Autowired
    PackService packs;
    @Autowired
    ReturnsCorrectionService corrections;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theChosenReturnsGoBackThroughTheirRouteAndTheNextVersionIsPublishedWithTheNote() throws Exception {
        var journeys = new Journeys(context);
        PackSummary first = published(journeys, 2016, 1);
        long finance = journeys.returnOf(first.quarterId(), "Strategic Finance").id();
        PublicSite site = PublicSite.of(context);
        byte[] v1 = site.get("/public/packs/2016-17/q1/v1").getResponse().getContentAsByteArray();

        SignIn.as(context, "priya.shah");
        ReturnsCorrectionSummary opened = corrections.open(first.id(), "  " + NOTE + " ", List.of(finance));
        assertThat(opened.changeNote()).isEqualTo(NOTE);
        assertThat(opened.status()).isEqualTo(ReturnsCorrectionStatus.OPEN);
        assertThat(opened.returns()).singleElement().asString().contains("Strategic Finance");
        assertThat(journeys.get(finance, "priya.shah").status()).isEqualTo(ReturnStatus.RETURNED_TO_DELIVERY);
        assertThat(journeys.returnsOf(first.quarterId())).as("only the chosen return goes back")
                .filteredOn(r -> r.id() != finance).extracting(ReturnSummary::status).containsOnly(ReturnStatus.PUBLISHED);
        assertThat(journeys.get(finance, "priya.shah").returnedReason()).contains("Correction of the published pack "
                + "(version 1)", NOTE);
        assertThat(site.text("/public/packs/2016-17/q1")).as("version 1 stays public meanwhile")
                .contains("This is version 1").doesNotContain("Corrected on");

        SignIn.as(context, "priya.shah");
        assertThat(packs.readyToCompile()).extracting(q -> q.id()).doesNotContain(first.quarterId());
        assertThatThrownBy(() -> packs.compile(first.quarterId())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("only when every return is signed off");

        journeys.fillIn(finance, Map.of("FIN01", "95"));
        journeys.submit(finance);
        journeys.approve(finance);
        journeys.signOff(finance);
        SignIn.as(context, "priya.shah");
        assertThat(packs.readyToCompile()).extracting(q -> q.id()).contains(first.quarterId());
        PackSummary second = packs.compile(first.quarterId());
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(PackStatus.COMPILED);
        assertThat(second.correctionNote()).isEqualTo(NOTE);
        assertThat(packs.content(second.id()).lines()).filteredOn(l -> l.code().equals("FIN01")
                && l.commissioningArea().equals("Strategic Finance")).extracting(PackLineRow::value)
                .singleElement().asString().startsWith("95");
        assertThat(site.text("/public/packs/2016-17/q1")).as("not public until published").contains("This is version 1");
        SignIn.as(context, "priya.shah");
        assertThatThrownBy(() -> packs.publishPapers(second.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("corrects a published pack");

        PackSummary publishedSecond = corrections.publish(second.id());
        assertThat(publishedSecond.status()).isEqualTo(PackStatus.PUBLISHED);
        assertThat(publishedSecond.decision()).as("it stands on Cabinet's decision on version 1")
                .isEqualTo(first.decision());
        assertThat(journeys.returnsOf(first.quarterId())).extracting(ReturnSummary::status)
                .containsOnly(ReturnStatus.PUBLISHED);
        SignIn.as(context, "priya.shah");
        assertThat(corrections.openFor(first.quarterId())).isNull();
        assertThatThrownBy(() -> corrections.publish(second.id())).isInstanceOf(ConflictException.class);

        String page = site.text("/public/packs/2016-17/q1");
        assertThat(page).contains("This is version 2", "Corrected on " + UkDates.format(LocalDate.now()) + ": " + NOTE,
                "Version 1: Published on", publishedSecond.sha256());
        String html = site.get("/public/packs/2016-17/q1").getResponse().getContentAsString();
        assertThat(html).contains("href=\"/public/packs/2016-17/q1/v1\"");
        assertThat(site.get("/public/packs/2016-17/q1/v1").getResponse().getContentAsByteArray()).isEqualTo(v1);

        assertThat(audit.history(PackService.AUDIT_SUBJECT, first.id())).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("Correction through the returns");
            assertThat(r.newValue()).isEqualTo(ReturnsCorrectionStatus.OPEN.label());
            assertThat(r.reason()).contains(NOTE, "Strategic Finance");
            assertThat(r.actor()).isEqualTo("priya.shah");
        });
        assertThat(audit.history(PackService.AUDIT_SUBJECT, second.id())).anySatisfy(r -> {
            assertThat(r.newValue()).isEqualTo(PackStatus.PUBLISHED.label());
            assertThat(r.reason()).contains("Correction of version 1", NOTE);
        });
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingChanges() {
        var journeys = new Journeys(context);
        PackSummary published = published(journeys, 2016, 2);
        long quarterId = published.quarterId();
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        Map<String, ReturnStatus> before = statuses(journeys, quarterId);
        SignIn.as(context, "priya.shah");
        int auditBefore = audit.history(PackService.AUDIT_SUBJECT, published.id()).size();

        for (String note : new String[] {null, "  "}) {
            assertThatThrownBy(() -> corrections.open(published.id(), note, List.of(finance)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                            .containsEntry(ReturnsCorrectionService.NOTE, "Say what the correction changes: the "
                                    + "public page shows it."));
        }
        assertThatThrownBy(() -> corrections.open(published.id(), NOTE, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry(ReturnsCorrectionService.RETURNS, "Choose the returns the correction sends "
                                + "back to their AD Delivery."));
        assertThatThrownBy(() -> corrections.open(published.id(), null, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys(ReturnsCorrectionService.NOTE, ReturnsCorrectionService.RETURNS));
        SignIn.as(context, "james.lewis");
        assertThatThrownBy(() -> corrections.open(published.id(), NOTE, List.of(finance)))
                .isInstanceOf(AccessDeniedException.class);

        long otherQuarter = journeys.openQuarter(2017, 1).id();
        journeys.completeAll(otherQuarter, Map.of());
        long otherFinance = journeys.returnOf(otherQuarter, "Strategic Finance").id();
        SignIn.as(context, "priya.shah");
        PackSummary compiled = packs.compile(otherQuarter);
        assertThatThrownBy(() -> corrections.open(compiled.id(), NOTE, List.of(otherFinance)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Only a published pack is corrected")
                .hasMessageContaining("Nothing was changed");
        assertThatThrownBy(() -> corrections.open(published.id(), NOTE, List.of(otherFinance)))
                .isInstanceOf(DomainException.class).hasMessageContaining("is not one of Q2 2016/17");
        assertThatThrownBy(() -> corrections.publish(compiled.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("not a correction");

        assertThat(statuses(journeys, quarterId)).as("nothing changed").isEqualTo(before);
        SignIn.as(context, "priya.shah");
        assertThat(corrections.openFor(quarterId)).isNull();
        assertThat(context.getBean(uk.co.goldenthread.quarters.QuarterService.class).get(quarterId).status())
                .isEqualTo(QuarterStatus.SIGNED_OFF);
        assertThat(audit.history(PackService.AUDIT_SUBJECT, published.id())).hasSize(auditBefore);

        corrections.open(published.id(), NOTE, List.of(finance));
        assertThatThrownBy(() -> corrections.open(published.id(), "Another", List.of(finance)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("A correction of Q2 2016/17 is already open");
        assertThatThrownBy(() -> context.getBean(PackCorrectionService.class).propose(published.id(),
                new CommentaryCorrection("FIN01", "Strategic Finance", CommentaryCorrection.Commentary.DELIVERY,
                        "Fixed", "Typo", "Note"))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("A correction of Q2 2016/17 is already open");
    }

    private PackSummary published(Journeys journeys, int year, int quarter) {
        long quarterId = journeys.openQuarter(year, quarter).id();
        journeys.completeAll(quarterId, Map.of("FIN01", "88.5"));
        SignIn.as(context, "priya.shah");
        PackSummary pack = new Journeys(context).compileAndPublish(quarterId);
        SignIn.out();
        return pack;
    }

    private static Map<String, ReturnStatus> statuses(Journeys journeys, long quarterId) {
        return journeys.returnsOf(quarterId).stream().collect(Collectors.toMap(r -> r.areaName() + " ("
                + r.adDeliveryName() + ")", ReturnSummary::status));
    }
}
