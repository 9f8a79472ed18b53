package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.PublicSite;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.MovableClock;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.quarters.ReopenStep;
import uk.co.goldenthread.quarters.ReturnReferral;
import uk.co.goldenthread.quarters.ReturnStatus;

/**
 * Issue 10's bad input, each refused with a clear message and nothing changed: the pack's row, its decision records,
 * the audit trail and the public pages are as they were. (Compiling twice at once: PackCompileConcurrencyTest; a
 * correction without a note: CorrectionThroughTheReturnsTest and CommentaryCorrectionTest; public URLs of unpublished
 * versions: PublicSiteTest and PublicPathTricksOverHttpTest.)
 */
@SpringBootTest
@Transactional
class PackBadInputTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PackService packs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entities;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void compilingWithNothingSignedOffIsRefusedAndMakesNoPack() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2030, 3).id();
        int returns = journeys.returnsOf(quarterId).size();
        long audit = auditEntries();
        SignIn.as(context, "priya.shah");

        assertThatThrownBy(() -> packs.compile(quarterId)).isInstanceOf(ConflictException.class)
                .hasMessage("A pack can be compiled only when every return is signed off: 0 of " + returns + " are.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pack WHERE quarter_id = ?", Long.class, quarterId))
                .isZero();
        assertThat(packs.latestFor(quarterId)).isNull();
        assertThat(auditEntries()).isEqualTo(audit);
    }

    @Test
    void publishingTwiceIsRefusedAndChangesNothing() {
        PackSummary pack = decided(2036, 4, CabinetDecision.APPROVED);
        SignIn.as(context, "priya.shah");
        PackSummary published = packs.publish(pack.id());
        Map<String, Object> row = packRow(pack.id());
        long audit = auditEntries();
        byte[] page = PublicSite.of(context).get("/public/packs/2036-37/q4").getResponse().getContentAsByteArray();

        SignIn.as(context, "priya.shah");
        assertThatThrownBy(() -> packs.publish(pack.id())).isInstanceOf(ConflictException.class)
                .hasMessage("You cannot publish this pack: it is 'Published'.");
        assertThat(packRow(pack.id())).isEqualTo(row);
        assertThat(packs.content(pack.id()).summary().publishedAt()).isEqualTo(published.publishedAt());
        assertThat(auditEntries()).isEqualTo(audit);
        assertThat(PublicSite.of(context).get("/public/packs/2036-37/q4").getResponse().getContentAsByteArray())
                .isEqualTo(page);
    }

    @Test
    void aReferredBackVersionIsNotPublishedAndNothingChanges() {
        PackSummary pack = compiled(2037, 4);
        SignIn.as(context, "priya.shah");
        packs.publishPapers(pack.id(), "Published after the dispatch date: a past quarter in the test");
        long finance = new Journeys(context).returnOf(pack.quarterId(), "Strategic Finance").id();
        SignIn.as(context, "priya.shah");
        MovableClock.of(context).on(LocalDate.of(2038, 5, 30), () -> packs.referBack(pack.id(),
                LocalDate.of(2038, 5, 30), List.of(new ReturnReferral(finance, ReopenStep.AD_DELIVERY)),
                "Check FIN01"));
        Map<String, Object> row = packRow(pack.id());
        long audit = auditEntries();

        assertThatThrownBy(() -> packs.publish(pack.id())).isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("Cabinet referred this pack back, so it is not published");
        assertThat(packRow(pack.id())).isEqualTo(row);
        assertThat(packs.content(pack.id()).summary().publishedAt()).isNull();
        assertThat(auditEntries()).isEqualTo(audit);
        PublicSite site = PublicSite.of(context);
        for (String path : List.of("/public/packs/2037-38/q4", "/public/packs/2037-38/q4/v1",
                "/public/packs/2037-38/q4/v1.pdf")) {
            assertThat(site.get(path).getResponse().getStatus()).as(path).isEqualTo(404);
        }
        assertThat(site.text("/public")).doesNotContain("Q4 2037/38");
    }

    @Test
    void aDecisionMeantForAnotherQuartersPackIsRefusedOnAPackAlreadyDecidedAndNeitherChanges() {
        PackSummary decided = decided(2046, 2, CabinetDecision.NOTED);
        PackSummary awaiting = compiled(2046, 3);
        SignIn.as(context, "priya.shah");
        packs.publishPapers(awaiting.id(), "Published after the dispatch date: a past quarter in the test");
        Map<String, Object> decidedRow = packRow(decided.id());
        Map<String, Object> awaitingRow = packRow(awaiting.id());
        long audit = auditEntries();
        List<Map<String, Object>> decisions = jdbc.queryForList("SELECT * FROM pack_decision ORDER BY id");

        // Q3's decision, recorded by mistake against Q2's pack
        assertThatThrownBy(() -> packs.recordDecision(decided.id(), CabinetDecision.APPROVED,
                LocalDate.of(2047, 3, 1), "Cabinet approved the Q3 report.")).isInstanceOf(ConflictException.class)
                .hasMessage("You cannot record Cabinet's decision on this pack: it is 'Cabinet decision recorded'.");
        assertThatThrownBy(() -> packs.referBack(decided.id(), LocalDate.of(2047, 3, 1), List.of(),
                "Meant for Q3")).isInstanceOf(ConflictException.class);
        assertThat(packRow(decided.id())).isEqualTo(decidedRow);
        assertThat(packRow(awaiting.id())).isEqualTo(awaitingRow);
        assertThat(jdbc.queryForList("SELECT * FROM pack_decision ORDER BY id")).isEqualTo(decisions);
        assertThat(auditEntries()).isEqualTo(audit);
        assertThat(PublicSite.of(context).text("/public/packs/2046-47/q2")).contains("Cabinet decision: Noted")
                .doesNotContain("Cabinet approved the Q3 report.");

        SignIn.as(context, "priya.shah");
        MovableClock.of(context).on(LocalDate.of(2047, 3, 1), () -> packs.recordDecision(awaiting.id(),
                CabinetDecision.APPROVED, LocalDate.of(2047, 3, 1)));
        assertThat(packs.content(awaiting.id()).summary().decision()).isEqualTo(CabinetDecision.APPROVED);
        assertThat(packs.content(decided.id()).summary().decision()).isEqualTo(CabinetDecision.NOTED);
    }

    @Test
    void aDecisionDatedBeforeTheTimetabledMeetingOrBeforeThePapersIsRefusedNamingBothDates() {
        PackSummary onTime = compiled(2052, 1); // Cabinet on 29 Aug 2052 in the timetable
        PackSummary late = compiled(2016, 1); // Cabinet on 29 Aug 2016; its papers go public today, late
        SignIn.as(context, "priya.shah");
        packs.publishPapers(onTime.id());
        packs.publishPapers(late.id(), "Published after the dispatch date: a past quarter in the test");
        Map<String, Object> onTimeRow = packRow(onTime.id());
        Map<String, Object> lateRow = packRow(late.id());
        long audit = auditEntries();
        List<Map<String, Object>> decisions = jdbc.queryForList("SELECT * FROM pack_decision ORDER BY id");
        String today = UkDates.format(LocalDate.now());
        MovableClock clock = MovableClock.of(context);

        clock.travelTo(LocalDate.of(2052, 9, 1)); // after the meeting, so no date below is still to come
        assertThatThrownBy(() -> packs.recordDecision(onTime.id(), CabinetDecision.NOTED, LocalDate.of(2052, 8, 28)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsOnlyKeys(
                        "Date of the meeting"))
                .hasMessageContaining("28 Aug 2052").hasMessageContaining("29 Aug 2052");
        assertThatThrownBy(() -> packs.referBack(onTime.id(), LocalDate.of(2052, 8, 1), List.of(), "Too early"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 Aug 2052").hasMessageContaining("29 Aug 2052");
        clock.comeBack();
        assertThatThrownBy(() -> packs.recordDecision(late.id(), CabinetDecision.NOTED, LocalDate.of(2016, 8, 29)))
                .as("the meeting's day, but the papers it decided on went public only today")
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsOnlyKeys(
                        "Date of the meeting"))
                .hasMessageContaining("29 Aug 2016").hasMessageContaining(today);
        assertThat(packRow(onTime.id())).isEqualTo(onTimeRow);
        assertThat(packRow(late.id())).isEqualTo(lateRow);
        assertThat(jdbc.queryForList("SELECT * FROM pack_decision ORDER BY id")).isEqualTo(decisions);
        assertThat(auditEntries()).isEqualTo(audit);

        SignIn.as(context, "priya.shah");
        clock.on(LocalDate.of(2052, 9, 1), () -> packs.recordDecision(onTime.id(), CabinetDecision.NOTED,
                LocalDate.of(2052, 8, 29)));
        packs.recordDecision(late.id(), CabinetDecision.NOTED, LocalDate.now());
        assertThat(packs.content(onTime.id()).summary().decision()).isEqualTo(CabinetDecision.NOTED);
        assertThat(packs.content(late.id()).summary().decision()).isEqualTo(CabinetDecision.NOTED);
    }

    @Test
    void aDecisionDatedAfterTodayIsRefusedNamingTodayAndNothingChanges() {
        PackSummary pack = compiled(2053, 1); // Cabinet on 29 Aug 2053 in the timetable
        SignIn.as(context, "priya.shah");
        packs.publishPapers(pack.id());
        long finance = new Journeys(context).returnOf(pack.quarterId(), "Strategic Finance").id();
        Map<String, Object> row = packRow(pack.id());
        long audit = auditEntries();
        List<Map<String, Object>> decisions = jdbc.queryForList("SELECT * FROM pack_decision ORDER BY id");
        String today = UkDates.format(LocalDate.now());

        assertThatThrownBy(() -> packs.recordDecision(pack.id(), CabinetDecision.NOTED, LocalDate.of(2053, 8, 29),
                "Resolved: that Cabinet notes the report.")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsOnlyKeys(
                        "Date of the meeting"))
                .hasMessageContaining("29 Aug 2053").hasMessageContaining(today);
        assertThatThrownBy(() -> packs.referBack(pack.id(), LocalDate.of(2053, 8, 29), List.of(new ReturnReferral(
                finance, ReopenStep.AD_DELIVERY)), "Check FIN01")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("29 Aug 2053").hasMessageContaining(today);
        assertThat(packRow(pack.id())).isEqualTo(row);
        assertThat(jdbc.queryForList("SELECT * FROM pack_decision ORDER BY id")).isEqualTo(decisions);
        assertThat(auditEntries()).isEqualTo(audit);
        assertThat(new Journeys(context).get(finance, "priya.shah").status()).isEqualTo(ReturnStatus.INCLUDED_IN_PACK);
        assertThat(PublicSite.of(context).text("/public/packs/2053-54/q1")).doesNotContain("Cabinet decision:");

        SignIn.as(context, "priya.shah");
        PackSummary decided = MovableClock.of(context).on(LocalDate.of(2053, 8, 29), () -> packs.recordDecision(
                pack.id(), CabinetDecision.NOTED, LocalDate.of(2053, 8, 29)));
        assertThat(decided.decision()).as("recorded on the meeting's day").isEqualTo(CabinetDecision.NOTED);
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

    private PackSummary decided(int year, int quarter, CabinetDecision decision) {
        PackSummary pack = compiled(year, quarter);
        SignIn.as(context, "priya.shah");
        packs.publishPapers(pack.id(), "Published after the dispatch date: a past quarter in the test");
        LocalDate meeting = pack.cabinetMeeting() == null ? LocalDate.of(year + 1, 1, 1) : pack.cabinetMeeting();
        PackSummary decided = MovableClock.of(context).on(meeting, () -> packs.recordDecision(pack.id(), decision,
                meeting));
        SignIn.out();
        return decided;
    }

    /** The row as stored: what the test's transaction has changed is written first. */
    private Map<String, Object> packRow(long packId) {
        entities.flush();
        return jdbc.queryForMap("SELECT * FROM pack WHERE id = ?", packId);
    }

    private long auditEntries() {
        entities.flush();
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
        return count == null ? 0 : count;
    }
}
