package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.PublicSite;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.base.MovableClock;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.quarters.ReopenStep;
import uk.co.goldenthread.quarters.ReturnReferral;

/**
 * Cabinet papers go public before the meeting, the decision follows as its own record (corrections: CorrectionThroughTheReturnsTest
 * and CommentaryCorrectionTest).
 */
@SpringBootTest
@Transactional
class PackLifecycleTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PackService packs;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theCabinetPapersArePublicBeforeTheDecisionWhichFollowsAsASeparateHashedRecord() {
        PackSummary pack = compiled(2033, 3);
        SignIn.as(context, "priya.shah");
        assertThatThrownBy(() -> packs.recordDecision(pack.id(), CabinetDecision.NOTED, LocalDate.of(2034, 3, 1)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Publish the Cabinet papers first");
        PublicSite site = PublicSite.of(context);
        assertThat(site.get("/public/packs/2033-34/q3").getResponse().getStatus()).isEqualTo(404);

        SignIn.as(context, "priya.shah");
        packs.publishPapers(pack.id());
        assertThatThrownBy(() -> packs.publishPapers(pack.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> packs.publish(pack.id())).isInstanceOf(ConflictException.class);
        String meeting = pack.cabinetMeeting() == null ? "" : uk.co.goldenthread.base.UkDates.format(pack.cabinetMeeting());
        assertThat(site.text("/public/packs/2033-34/q3")).contains("Cabinet papers for " + meeting, pack.sha256());
        byte[] html = site.get("/public/packs/2033-34/q3/v1").getResponse().getContentAsByteArray();
        SignIn.as(context, "priya.shah");

        MovableClock.of(context).on(LocalDate.of(2034, 3, 1), () -> packs.recordDecision(pack.id(),
                CabinetDecision.NOTED, LocalDate.of(2034, 3, 1), "Cabinet noted the report."));
        assertThatThrownBy(() -> packs.recordDecision(pack.id(), CabinetDecision.APPROVED, LocalDate.of(2034, 3, 1)))
                .isInstanceOf(ConflictException.class);
        String page = site.text("/public/packs/2033-34/q3");
        String decisionSha = jdbc.queryForObject("SELECT sha256 FROM pack_decision WHERE pack_id = ?", String.class,
                pack.id());
        assertThat(page).contains("Cabinet decision: Noted on 1 Mar 2034", "Minute: Cabinet noted the report.",
                decisionSha);
        assertThat(decisionSha).hasSize(64).isNotEqualTo(pack.sha256());
        assertThat(site.get("/public/packs/2033-34/q3/v1").getResponse().getContentAsByteArray()).isEqualTo(html);
        assertThat(site.text("/public/open-data")).contains(decisionSha);
        for (String sql : List.of("UPDATE pack_decision SET minute = 'x' WHERE pack_id = ?",
                "DELETE FROM pack_decision WHERE pack_id = ?")) {
            assertThatThrownBy(() -> jdbc.update(sql, pack.id())).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("A recorded Cabinet decision never changes");
        }

        SignIn.as(context, "priya.shah");
        packs.publish(pack.id());
        assertThatThrownBy(() -> packs.publish(pack.id())).isInstanceOf(ConflictException.class);
        assertThat(site.text("/public/packs/2033-34/q3")).contains("Published on");
    }

    @Test
    void papersArePublishedOnOrBeforeTheDispatchDateAndAfterItOnlyWithTheReasonForLateness() {
        PackSummary pack = compiled(2021, 3);
        SignIn.as(context, "priya.shah");
        // Q3 2021/22: the test timetable's dispatch date is 15 Feb 2022, long past
        for (String reason : new String[] {null, "  "}) {
            assertThatThrownBy(() -> packs.publishPapers(pack.id(), reason)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("had to be public by 15 Feb 2022")
                    .hasMessageContaining("at least 5 clear working days before the meeting")
                    .hasMessageContaining("bank holidays do not count")
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                            .containsKey(PackService.LATE_REASON));
        }
        assertThat(packs.content(pack.id()).summary().status()).isEqualTo(PackStatus.COMPILED);
        assertThat(PublicSite.of(context).get("/public/packs/2021-22/q3").getResponse().getStatus()).isEqualTo(404);

        SignIn.as(context, "priya.shah");
        packs.publishPapers(pack.id(), "The chair agreed to take it as urgent: the finance figures were late");
        assertThat(packs.content(pack.id()).summary().status()).isEqualTo(PackStatus.PAPERS_PUBLISHED);
        assertThat(context.getBean(uk.co.goldenthread.audit.AuditLog.class).history("Pack", pack.id()))
                .filteredOn(r -> PackStatus.PAPERS_PUBLISHED.label().equals(r.newValue()))
                .singleElement().satisfies(r -> assertThat(r.reason()).contains(
                        "published after the dispatch date of 15 Feb 2022: The chair agreed to take it as urgent"));
    }

    @Test
    void aReferredBackVersionCannotBePublishedAndLeavesThePublicPages() {
        PackSummary pack = compiled(2033, 2);
        SignIn.as(context, "priya.shah");
        packs.publishPapers(pack.id());
        long finance = new Journeys(context).returnOf(pack.quarterId(), "Strategic Finance").id();
        SignIn.as(context, "priya.shah");
        MovableClock.of(context).on(LocalDate.of(2033, 11, 29), () -> packs.referBack(pack.id(),
                LocalDate.of(2033, 11, 29), List.of(new ReturnReferral(finance, ReopenStep.AD_DELIVERY)),
                "Check FIN01"));
        assertThatThrownBy(() -> packs.publish(pack.id())).isInstanceOf(ConflictException.class);
        assertThat(PublicSite.of(context).get("/public/packs/2033-34/q2/v1").getResponse().getStatus()).isEqualTo(404);
    }

    private PackSummary compiled(int year, int quarter) {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(year, quarter).id();
        journeys.completeAll(quarterId, Map.of("FIN01", "88.5"));
        SignIn.as(context, "priya.shah");
        PackSummary pack = packs.compile(quarterId);
        SignIn.out();
        return pack;
    }
}
