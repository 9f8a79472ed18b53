package uk.co.goldenthread.framework.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.framework.ImprovementCategory;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureStatus;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.TestMeasure;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.measures.MeasureFilter;
import uk.co.goldenthread.framework.structure.FrameworkStructureService;
import uk.co.goldenthread.performance.Polarity;

/** Adding, finding, editing and retiring measures, and every refusal, on the demo council; each test rolls back. */
class FrameworkAdminServiceTest extends PerformanceTeamTest {

    @Autowired
    FrameworkAdminService admin;
    @Autowired
    MeasureQueryService queries;
    @Autowired
    AuditLog audit;

    long strategicFinance;

    @BeforeEach
    void findTheArea() {
        strategicFinance = areaId("Strategic Finance");
    }

    @Test
    void everyRuleOfAMeasureIsCheckedByTheServiceWithAMessagePerField() {
        var m = new TestMeasure("FIN01", " ");
        m.decimalPlaces = 5;
        m.polarity = null;
        m.tolerance = new BigDecimal("-1");
        m.bandLower = new BigDecimal("-2");
        m.proxy = true;
        m.baselinePeriod = null;
        m.improvementCategory = ImprovementCategory.HOT_LIST;

        assertThatThrownBy(() -> admin.addMeasure(m.form())).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.fieldErrors()).containsOnlyKeys("Code", "Title", "Decimal places", "Polarity", "Band to",
                    "Tolerance", "Baseline period", "Proxy rationale", "Improvement lead");
            assertThat(e.fieldErrors().get("Code")).isEqualTo("FIN01 is already the code of "
                    + "'% of capital expenditure against budget'.");
            assertThat(e.fieldErrors().get("Band to")).contains("both limits");
            assertThat(e.getMessage()).startsWith("Nothing was saved.");
        });
    }

    @Test
    void aBandNeedsTheWithinBandPolarityAndLimitsInOrder() {
        var m = new TestMeasure("TST01", "Net variation");
        m.bandLower = new BigDecimal("0");
        m.bandUpper = new BigDecimal("-2");
        assertThatThrownBy(() -> admin.addMeasure(m.form())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("Polarity"));
        m.polarity = Polarity.WITHIN_BAND;
        assertThatThrownBy(() -> admin.addMeasure(m.form())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors().get("Band to")).contains("must not be below"));
        m.bandLower = new BigDecimal("-2");
        m.bandUpper = BigDecimal.ZERO;
        assertThat(admin.addMeasure(m.form()).polarity()).isEqualTo(Polarity.WITHIN_BAND);
    }

    @Test
    void anAddedMeasureIsAuditedAndFoundBySearchAndFilters() {
        var m = new TestMeasure("TST01", "Number of tested things");
        m.areaId = strategicFinance;
        m.improvementCategory = ImprovementCategory.HOT_LIST;
        m.improvementLeadId = personId("clare.foster");
        long id = admin.addMeasure(m.form()).id();

        assertThat(audit.history(FrameworkAdminService.AUDIT_SUBJECT, id)).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("Measure TST01 Title");
            assertThat(r.newValue()).isEqualTo("Number of tested things");
            assertThat(r.actor()).isEqualTo("priya.shah");
        });
        assertThat(codes(new MeasureFilter("tested", null, null, null, null))).containsExactly("TST01");
        assertThat(codes(new MeasureFilter(null, null, null, null, ImprovementCategory.HOT_LIST))).containsExactly("TST01");
        long directorate = context.getBean(FrameworkStructureService.class).directorates().stream()
                .filter(d -> d.name().contains("Finance")).findFirst().orElseThrow().id();
        var financeAndIt = new MeasureFilter(null, MeasureKind.KBM, MeasureStatus.ACTIVE, directorate, null);
        assertThat(codes(financeAndIt)).startsWith("FIN01", "FIN02", "FIN03", "FIN04", "ICT01").contains("TST01")
                .doesNotContain("PEO01");
        assertThat(queries.countMeasures(financeAndIt)).isEqualTo(codes(financeAndIt).size());
        assertThat(queries.findMeasures(financeAndIt, 1, 4)).extracting(MeasureSummary::code)
                .containsExactly("ICT01", "ICT02", "ICT03", "TST01");
    }

    @Test
    void onlyThePerformanceTeamChangesMeasuresButStaffCanReadThem() {
        SignIn.as(context, "james.lewis");
        assertThat(queries.countMeasures(MeasureFilter.none())).isGreaterThanOrEqualTo(11);
        assertThat(queries.measureDetails("FIN01").ownerName()).isEqualTo("Clare Foster");
        assertThatThrownBy(() -> admin.addMeasure(new TestMeasure("TST01", "Things").form()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.retireMeasure(queries.measureDetails("FIN01").measure().id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMeasureWithoutPublishedValuesIsEditedInPlaceWithOldAndNewValuesAudited() {
        long id = admin.addMeasure(new TestMeasure("TST01", "Things").form()).id();
        var changed = new TestMeasure("TST01", "Things done on time");
        changed.tolerance = new BigDecimal("2.5");
        changed.decimalPlaces = 1;
        admin.updateMeasure(id, changed.form());

        assertThat(queries.measureDetails("TST01").measure().title()).isEqualTo("Things done on time");
        assertThat(audit.history(FrameworkAdminService.AUDIT_SUBJECT, id)).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("Measure TST01 Title");
            assertThat(r.oldValue()).isEqualTo("Things");
            assertThat(r.newValue()).isEqualTo("Things done on time");
        }).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("Measure TST01 Tolerance");
            assertThat(r.oldValue()).isEqualTo("1");
            assertThat(r.newValue()).isEqualTo("2.5");
        });
        assertThat(audit.history(FrameworkAdminService.AUDIT_SUBJECT, id))
                .filteredOn(r -> r.field().equals("Measure TST01 Baseline")).as("unchanged, so recorded once").hasSize(1);
    }

    @Test
    void retiringIsRefusedWhileOpenReturnsUseTheMeasureAndTheReturnsAreNamed() {
        new Journeys(context).openQuarter(2023, 2);
        SignIn.as(context, "priya.shah");
        long fin01 = queries.measureDetails("FIN01").measure().id();

        assertThatThrownBy(() -> admin.retireMeasure(fin01)).isInstanceOf(DomainException.class)
                .hasMessageContaining("FIN01 cannot be retired while returns that are not yet signed off use it")
                .hasMessageContaining("Q2 2023/24 Strategic Finance (James Lewis, draft)");
        assertThat(queries.measureDetails("FIN01").measure().status()).isEqualTo(MeasureStatus.ACTIVE);
    }

    @Test
    void aMeasureNoOpenReturnUsesIsRetiredAndKeptNotDeleted() {
        long id = admin.addMeasure(new TestMeasure("TST01", "Things").form()).id();
        admin.retireMeasure(id);

        assertThat(queries.measureDetails("TST01").measure().status()).isEqualTo(MeasureStatus.RETIRED);
        assertThat(audit.history(FrameworkAdminService.AUDIT_SUBJECT, id)).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("Measure TST01 Status");
            assertThat(r.oldValue()).isEqualTo("active");
            assertThat(r.newValue()).isEqualTo("retired");
        });
        assertThatThrownBy(() -> admin.retireMeasure(id)).hasMessageContaining("TST01 is retired");
        assertThatThrownBy(() -> admin.updateMeasure(id, new TestMeasure("TST01", "Other").form()))
                .hasMessageContaining("TST01 is retired");
    }

    private List<String> codes(MeasureFilter filter) {
        return queries.findMeasures(filter, 0, 50).stream().map(MeasureSummary::code).toList();
    }
}
