package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.audit.AuditRecord;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.packs.CommentaryCorrection.Commentary;
import uk.co.goldenthread.packs.snapshot.CanonicalJson;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.Role;
import uk.co.goldenthread.PublicSite;

/**
 * A typo in a published pack's commentary is corrected by two members of the Performance Team: one proposes, another
 * approves, and the next version is published from the first one's snapshot with only those words changed.
 */
@SpringBootTest
@Transactional
class CommentaryCorrectionTest {

    static final String FIXED = "Commentary on FIN01, with the typo corrected";

    @Autowired
    ApplicationContext context;
    @Autowired
    PackService packs;
    @Autowired
    PackCorrectionService corrections;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aSecondMemberOfThePerformanceTeamApprovesAndTheCorrectionIsPublishedAsVersionTwo() throws Exception {
        PackSummary first = published(2030, 3);
        secondPerformanceTeamMember();
        SignIn.as(context, "priya.shah");
        CorrectionSummary proposed = corrections.propose(first.id(), form(FIXED, "Typo in the published wording",
                "Corrected a typo in the commentary on FIN01"));
        assertThat(proposed.oldText()).isEqualTo("Commentary on FIN01");
        assertThat(proposed.status()).isEqualTo(CorrectionStatus.PROPOSED);

        assertThatThrownBy(() -> corrections.approve(proposed.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("A second member of the Performance Team must approve");
        assertThat(versions(first)).as("nothing changed").isEqualTo(1);
        assertThat(corrections.waiting(first.id())).hasSize(1);

        SignIn.as(context, "pat.checker");
        PackSummary second = corrections.approve(proposed.id());
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(PackStatus.PUBLISHED);
        assertThat(second.correctionNote()).isEqualTo("Corrected a typo in the commentary on FIN01");
        assertThat(second.sha256()).isNotEqualTo(first.sha256());
        assertThat(corrections.waiting(first.id())).isEmpty();

        JsonNode v1 = CanonicalJson.mapper().readTree(file(first, "pack.json")).get("snapshot");
        JsonNode v2 = CanonicalJson.mapper().readTree(file(second, "pack.json")).get("snapshot");
        ObjectNode expected = (ObjectNode) v1.deepCopy();
        expected.put("version", 2);
        expected.set("compiledAt", v2.get("compiledAt"));
        expected.put("correctionNote", "Corrected a typo in the commentary on FIN01");
        for (JsonNode m : expected.get("measures")) {
            if (m.get("code").asString().equals("FIN01")
                    && m.get("commissioningArea").asString().equals("Strategic Finance")) {
                ((ObjectNode) m).put("deliveryCommentary", FIXED);
            }
        }
        assertThat(v2).as("only the corrected words, the version, its date and its note differ").isEqualTo(expected);
        assertThat(new String(file(second, "pack.html"), StandardCharsets.UTF_8)).contains(FIXED);
        assertThat(new String(file(first, "pack.html"), StandardCharsets.UTF_8)).doesNotContain(FIXED);
        assertThat(packs.content(second.id()).lines()).filteredOn(l -> l.code().equals("FIN01"))
                .extracting(PackLineRow::commentary).containsExactly(FIXED);

        String page = PublicSite.of(context).get("/public/packs/2030-31/q3").getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.contains("Corrected on " + UkDates.format(LocalDate.now()) + ": Corrected a typo in the "
                + "commentary on FIN01")).as("the public page shows the correction's note").isTrue();
        assertThat(page.contains("href=\"/public/packs/2030-31/q3/v1\"")).as("and links to version 1").isTrue();

        assertThat(audit.history(PackService.AUDIT_SUBJECT, first.id())).extracting(AuditRecord::field,
                AuditRecord::oldValue, AuditRecord::newValue).contains(org.assertj.core.groups.Tuple.tuple(
                        "Correction proposed: FIN01 (Strategic Finance) AD Delivery commentary",
                        "Commentary on FIN01", FIXED));
        assertThat(audit.history(PackService.AUDIT_SUBJECT, second.id())).anySatisfy(r -> assertThat(r.reason())
                .contains("proposed by Priya Shah, approved by Pat Checker"));
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndChangesNothing() {
        PackSummary published = published(2030, 4);
        SignIn.as(context, "priya.shah");
        assertThatThrownBy(() -> corrections.propose(published.id(), form(FIXED, "Typo", " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry(CommentaryCorrection.NOTE, "Say what the correction changes: the public page "
                                + "shows it."));
        assertThatThrownBy(() -> corrections.propose(published.id(), form(FIXED, null, "Note")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey(CommentaryCorrection.REASON));
        assertThatThrownBy(() -> corrections.propose(published.id(), form("Commentary on FIN01", "Typo", "Note")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry(CommentaryCorrection.TEXT, "That is the commentary as published: there is "
                                + "nothing to correct."));
        assertThatThrownBy(() -> corrections.propose(published.id(), new CommentaryCorrection("NOPE01",
                "Strategic Finance", Commentary.DELIVERY, FIXED, "Typo", "Note")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry(CommentaryCorrection.MEASURE, "NOPE01 (Strategic Finance) is not in version 1 "
                                + "of the pack."));
        SignIn.as(context, "james.lewis");
        assertThatThrownBy(() -> corrections.propose(published.id(), form(FIXED, "Typo", "Note")))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(context, "priya.shah");
        assertThat(corrections.waiting(published.id())).as("nothing proposed").isEmpty();

        CorrectionSummary waiting = corrections.propose(published.id(), form(FIXED, "Typo", "Note"));
        assertThatThrownBy(() -> corrections.propose(published.id(), form(FIXED + ".", "Typo", "Note")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already waiting for approval");
        assertThatThrownBy(() -> corrections.reject(waiting.id(), "")).isInstanceOf(InvalidInputException.class);
        assertThat(corrections.reject(waiting.id(), "Not a typo after all").status())
                .isEqualTo(CorrectionStatus.REJECTED);
        assertThatThrownBy(() -> corrections.approve(waiting.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("'Rejected'");
        assertThat(versions(published)).isEqualTo(1);

        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2029, 1).id();
        journeys.completeAll(quarterId, Map.of());
        SignIn.as(context, "priya.shah");
        PackSummary compiled = packs.compile(quarterId);
        assertThatThrownBy(() -> corrections.propose(compiled.id(), form(FIXED, "Typo", "Note")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Only a published pack is corrected");
        assertThat(corrections.waiting(compiled.id())).isEmpty();
    }

    private static CommentaryCorrection form(String text, String reason, String note) {
        return new CommentaryCorrection("FIN01", "Strategic Finance", Commentary.DELIVERY, text, reason, note);
    }

    private PackSummary published(int year, int quarter) {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(year, quarter).id();
        journeys.completeAll(quarterId, Map.of());
        SignIn.as(context, "priya.shah");
        return new Journeys(context).compileAndPublish(quarterId);
    }

    private void secondPerformanceTeamMember() {
        SignIn.as(context, "priya.shah");
        context.getBean(PeopleService.class).addPerson("pat.checker", "Pat Checker", "Performance Officer",
                "pat.checker@demoshire.example", Set.of(Role.PERFORMANCE_TEAM), "a long test password");
    }

    private int versions(PackSummary pack) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM pack WHERE quarter_id = ?", Integer.class, pack.quarterId());
    }

    private byte[] file(PackSummary pack, String name) {
        return jdbc.queryForObject("SELECT content FROM pack_file WHERE pack_id = ? AND file_name = ?", byte[].class,
                pack.id(), name);
    }
}
