package uk.co.goldenthread.framework.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.TestMeasure;
import uk.co.goldenthread.framework.ComparatorKind;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.measures.MeasureDetails;
import uk.co.goldenthread.framework.measures.MeasureTargetService;

/** Targets per year or quarter and benchmarks: set, changed and removed, each change audited. */
class MeasureTargetServiceTest extends PerformanceTeamTest {

    @Autowired
    MeasureTargetService targets;
    @Autowired
    FrameworkAdminService admin;
    @Autowired
    MeasureQueryService queries;
    @Autowired
    AuditLog audit;

    @Test
    void aQuarterTargetOverridesTheYearsAndEveryChangeIsAudited() {
        var m = new TestMeasure("TST01", "Things");
        m.decimalPlaces = 1;
        long id = admin.addMeasure(m.form()).id();
        targets.setTarget(id, 2025, null, new BigDecimal("80"));
        targets.setTarget(id, 2025, 3, new BigDecimal("85.5"));
        targets.setTarget(id, 2025, null, new BigDecimal("82"));

        var framework = context.getBean(FrameworkService.class);
        assertThat(framework.targetFor(id, new FinancialQuarter(2025, 3))).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("85.5"));
        assertThat(framework.targetFor(id, new FinancialQuarter(2025, 4))).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("82"));
        assertThat(queries.measureDetails("TST01").targets()).extracting(MeasureDetails.Target::period)
                .containsExactly("2025/26", "Q3 2025/26");
        assertThat(audit.history(FrameworkAdminService.AUDIT_SUBJECT, id)).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("Measure TST01 Target 2025/26");
            assertThat(r.oldValue()).isEqualTo("80");
            assertThat(r.newValue()).isEqualTo("82");
        });

        targets.setTarget(id, 2025, 3, null);
        assertThat(queries.measureDetails("TST01").targets()).extracting(MeasureDetails.Target::period).containsExactly("2025/26");
    }

    @Test
    void aTargetNeedsAPolarityAndTheMeasuresPrecision() {
        var m = new TestMeasure("TST01", "Things");
        m.polarity = null;
        m.tolerance = null;
        long id = admin.addMeasure(m.form()).id();
        assertThatThrownBy(() -> targets.setTarget(id, 2025, 5, new BigDecimal("1.5")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("Quarter", "Polarity", "Target"));
    }

    @Test
    void onceAMeasureHasTargetsItKeepsAPolarity() {
        long id = admin.addMeasure(new TestMeasure("TST01", "Things").form()).id();
        targets.setTarget(id, 2025, null, new BigDecimal("80"));
        var withoutPolarity = new TestMeasure("TST01", "Things");
        withoutPolarity.polarity = null;
        withoutPolarity.tolerance = null;
        assertThatThrownBy(() -> admin.updateMeasure(id, withoutPolarity.form()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("Polarity")).contains("the measure has targets"));
    }

    @Test
    void benchmarksAreSetPerKindAndPeriod() {
        long id = admin.addMeasure(new TestMeasure("TST01", "Things").form()).id();
        targets.setComparator(id, ComparatorKind.ENGLAND, "2018/19", new BigDecimal("14"));
        targets.setComparator(id, ComparatorKind.STATISTICAL_NEIGHBOURS, "2018/19", new BigDecimal("11"));
        targets.setComparator(id, ComparatorKind.ENGLAND, "2018/19", new BigDecimal("15"));
        assertThat(queries.measureDetails("TST01").comparators())
                .extracting(c -> c.kind().label() + " " + c.period() + " " + c.value().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("England average 2018/19 15", "Statistical neighbours 2018/19 11");
        assertThatThrownBy(() -> targets.setComparator(id, null, " ", BigDecimal.ONE))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("Compared with", "Period"));
    }
}
