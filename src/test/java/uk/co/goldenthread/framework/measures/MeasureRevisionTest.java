package uk.co.goldenthread.framework.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.framework.MeasureStatus;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.MeasureUnit;
import uk.co.goldenthread.framework.Novelty;
import uk.co.goldenthread.framework.TestMeasure;
import uk.co.goldenthread.framework.versions.FrameworkVersionForm;
import uk.co.goldenthread.framework.versions.FrameworkVersionService;
import uk.co.goldenthread.packs.CabinetDecision;
import uk.co.goldenthread.packs.PackService;

/**
 * Once a measure's values are published, what they mean changes only in the next framework version: the old measure
 * is retired there and keeps its values, and a successor is introduced. Each test publishes a pack and rolls back.
 */
class MeasureRevisionTest extends PerformanceTeamTest {

    @Autowired
    FrameworkAdminService admin;
    @Autowired
    MeasureQueryService queries;
    @Autowired
    MeasureRevisionService revisions;
    @Autowired
    FrameworkVersionService versions;
    @Autowired
    AuditLog audit;

    long measureId;
    TestMeasure measure;

    @BeforeEach
    void publishAQuarterWithANewMeasure() {
        measure = new TestMeasure("TST01", "No. of tested things");
        measure.areaId = areaId("Strategic Finance");
        measureId = admin.addMeasure(measure.form()).id();
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2024, 1).id();
        journeys.completeAll(quarterId, Map.of("TST01", "42"));
        SignIn.as(context, "priya.shah");
        var packs = context.getBean(PackService.class);
        long packId = packs.compile(quarterId).id();
        packs.publishPapers(packId, "Published after the dispatch date: a past quarter in the test");
        packs.recordDecision(packId, CabinetDecision.NOTED, LocalDate.now());
        packs.publish(packId);
    }

    @Test
    void theMeasurePageShowsItsPublishedValuesAndPacks() {
        MeasureDetails details = queries.measureDetails("TST01");
        assertThat(details.values()).singleElement().satisfies(v -> {
            assertThat(v.quarter().label()).isEqualTo("Q1 2024/25");
            assertThat(v.value()).isEqualByComparingTo("42");
            assertThat(v.returnStatus()).isEqualTo("Published");
            assertThat(v.areaName()).isEqualTo("Strategic Finance");
        });
        assertThat(details.packs()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Performance report Q1 2024/25");
            assertThat(p.published()).isTrue();
        });
        assertThat(details.hasPublishedValues()).isTrue();
    }

    @Test
    void whatPublishedValuesMeanCannotChangeInPlaceButTheRestCan() {
        measure.title = "No. of things tested twice";
        measure.unit = MeasureUnit.PERCENT;
        assertThatThrownBy(() -> admin.updateMeasure(measureId, measure.form())).isInstanceOf(DomainException.class)
                .hasMessageContaining("TST01 has values in a published pack (Performance report Q1 2024/25)")
                .hasMessageContaining("its title and unit cannot change in place")
                .hasMessageContaining("Create a new framework version with a cut-over date");

        var sameMeaning = new TestMeasure("TST01", "No. of tested things");
        sameMeaning.areaId = measure.areaId;
        sameMeaning.tolerance = new BigDecimal("3");
        sameMeaning.baseline = new BigDecimal("20");
        admin.updateMeasure(measureId, sameMeaning.form());
        assertThat(queries.measureDetails("TST01").measure().tolerance()).isEqualByComparingTo("3");
    }

    @Test
    void revisingRetiresTheOldMeasureInTheNewVersionAndIntroducesItsSuccessor() {
        long version = versions.addVersion(new FrameworkVersionForm("Framework 2024 revision", LocalDate.of(2024, 10, 1),
                2024, 3)).id();
        measure.title = "No. of things tested twice";

        MeasureSummary successor = revisions.reviseMeasure(measureId, version, null, measure.form());

        assertThat(successor.code()).isEqualTo("TST01-2");
        assertThat(successor.title()).isEqualTo("No. of things tested twice");
        MeasureDetails old = queries.measureDetails("TST01");
        assertThat(old.measure().status()).isEqualTo(MeasureStatus.RETIRED);
        assertThat(old.measure().title()).isEqualTo("No. of tested things");
        assertThat(old.retiredIn()).isEqualTo("Framework 2024 revision");
        assertThat(old.values()).as("history is kept").hasSize(1);
        MeasureDetails next = queries.measureDetails("TST01-2");
        assertThat(next.introducedIn()).isEqualTo("Framework 2024 revision");
        assertThat(next.measure().novelty()).isEqualTo(Novelty.NEW);
        assertThat(next.values()).isEmpty();
        assertThat(versions.versions().getFirst()).satisfies(v -> {
            assertThat(v.introduced()).isEqualTo(1);
            assertThat(v.retired()).isEqualTo(1);
        });
        assertThat(audit.history(FrameworkAdminService.AUDIT_SUBJECT, measureId)).anySatisfy(r -> {
            assertThat(r.newValue()).isEqualTo("retired");
            assertThat(r.reason()).isEqualTo("Revised as TST01-2 in Framework 2024 revision");
        });
    }

    @Test
    void aRevisionCannotTakeEffectBeforeWhatIsAlreadyPublishedAndNeedsAFreeCode() {
        long version = versions.addVersion(new FrameworkVersionForm("Framework from June 2024", LocalDate.of(2024, 6, 1),
                null, null)).id();
        assertThatThrownBy(() -> revisions.reviseMeasure(measureId, version, null, measure.form()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("Framework version"))
                        .contains("cuts over on 1 Jun 2024, but TST01 is published for Q1 2024/25"));

        long later = versions.addVersion(new FrameworkVersionForm("Framework 2025", LocalDate.of(2025, 4, 1), 2025, 1)).id();
        assertThatThrownBy(() -> revisions.reviseMeasure(measureId, later, "FIN01", measure.form()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("New code"))
                        .contains("FIN01 is already the code"));
        assertThat(revisions.reviseMeasure(measureId, later, "TST02", measure.form()).code()).isEqualTo("TST02");
    }

    @Test
    void theCodeOfAReportedMeasureCannotChange() {
        measure.code = "TST99";
        assertThatThrownBy(() -> admin.updateMeasure(measureId, measure.form())).isInstanceOf(DomainException.class)
                .hasMessageContaining("its code cannot change in place");
    }
}
