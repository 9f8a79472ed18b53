package uk.co.goldenthread.framework.intentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.framework.IntentionKind;
import uk.co.goldenthread.framework.IntentionSummary;
import uk.co.goldenthread.framework.intentions.IntentionForm;
import uk.co.goldenthread.framework.intentions.IntentionService;
import uk.co.goldenthread.framework.measures.MeasureQueryService;

/** Intentions with their measures and milestones. */
class IntentionServiceTest extends PerformanceTeamTest {

    @Autowired
    IntentionService intentions;
    @Autowired
    MeasureQueryService queries;
    @Autowired
    AuditLog audit;

    @Test
    void anIntentionHasMeasuresAndMilestonesWithDueDates() {
        long fin01 = queries.measureDetails("FIN01").measure().id();
        long id = intentions.saveIntention(null, new IntentionForm("INT01", "Deliver a sustainable MTFP and capital "
                + "strategy", IntentionKind.MILESTONE, null, null, null, true, Set.of(fin01)));
        intentions.addMilestone(id, "MTFP agreed by Council", LocalDate.of(2020, 2, 6));
        intentions.addMilestone(id, "Capital strategy published", LocalDate.of(2019, 12, 1));

        IntentionSummary saved = find("INT01");
        assertThat(saved.measureIds()).containsExactly(fin01);
        assertThat(saved.milestones()).extracting(IntentionSummary.Milestone::title)
                .containsExactly("Capital strategy published", "MTFP agreed by Council");
        intentions.removeMilestone(id, saved.milestones().getFirst().id());
        assertThat(find("INT01").milestones()).extracting(IntentionSummary.Milestone::title)
                .containsExactly("MTFP agreed by Council");
        assertThat(audit.history(IntentionService.AUDIT_SUBJECT, id)).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("Intention INT01 Milestone");
            assertThat(r.oldValue()).isEqualTo("Capital strategy published (due 1 Dec 2019)");
            assertThat(r.newValue()).isNull();
        });
    }

    @Test
    void anIntentionAndAMilestoneAreRefusedWithoutTheirEssentials() {
        assertThatThrownBy(() -> intentions.saveIntention(null, new IntentionForm("bad code", " ", null, null, null,
                null, false, Set.of()))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("Code", "Title", "Kind"));
        long id = intentions.saveIntention(null, new IntentionForm("INT01", "Commission carers' support",
                IntentionKind.SERVICE, null, null, null, false, Set.of()));
        assertThatThrownBy(() -> intentions.addMilestone(id, "", null)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("Milestone", "Due"));
    }

    private IntentionSummary find(String code) {
        return intentions.intentions().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
