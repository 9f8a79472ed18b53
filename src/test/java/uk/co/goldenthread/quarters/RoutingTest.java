package uk.co.goldenthread.quarters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.TestTimetable;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.structure.AreaForm;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.measures.MeasureQueryService;
import uk.co.goldenthread.framework.io.FrameworkImportService;
import uk.co.goldenthread.framework.structure.FrameworkStructureService;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.io.ProgressListener;
import uk.co.goldenthread.framework.TestMeasure;
import uk.co.goldenthread.quarters.workflow.QuarterProgress;

/** Every active measure and intention reaches a return when a quarter opens, or the Performance Team is told why not. */
class RoutingTest extends PerformanceTeamTest {

    @Autowired
    QuarterService quarters;
    @Autowired
    FrameworkImportService imports;
    @Autowired
    FrameworkAdminService admin;
    @Autowired
    MeasureQueryService queries;
    @Autowired
    FrameworkStructureService structure;
    @Autowired
    AuditLog audit;

    @Test
    void aKbiAndIntentionsOwnedByAnAdCommissioningGoToTheirAreasReturn() {
        imports.loadShipped("warwickshire-2019", new uk.co.goldenthread.framework.io.ImportOptions(false, "Demo intention left behind"), ProgressListener.NONE);

        // the import takes over the demo council's Strategic Finance, whose demo intention then has no AD to report it
        long quarterId = quarters.open(TestTimetable.of(2031, 3), "Demo intention left behind by the import").id();

        ReturnSummary finance = quarters.returnsOf(quarterId).stream()
                .filter(r -> r.areaName().equals("Strategic Finance") && r.adDeliveryName().equals("Owen Pritchard"))
                .findFirst().orElseThrow();
        ReturnDetails details = quarters.returnDetailsOf(quarterId).stream().filter(d -> d.id() == finance.id())
                .findFirst().orElseThrow();
        assertThat(details.lines()).extracting(l -> l.measure().code()).contains("WAR-KBI-03", "WAR-KBM-01");
        assertThat(details.progress()).extracting(p -> p.intention().code()).contains("WAR-INT-01", "WAR-INT-04");
    }

    @Test
    void thePreviewSaysWhereEveryMeasureGoesOrWhyNowhere() {
        imports.loadShipped("warwickshire-2019", new uk.co.goldenthread.framework.io.ImportOptions(false, "Demo intention left behind"), ProgressListener.NONE);
        long lonely = lonelyArea("harriet.dunmore");
        admin.addMeasure(measure("LONE01", MeasureKind.KBM, lonely, null).form());
        admin.addMeasure(measure("ELSE01", MeasureKind.KBI, areaId("Strategic IT"), personId("harriet.dunmore")).form());

        OpeningPreview preview = quarters.preview(new FinancialQuarter(2031, 3));

        assertThat(route(preview, "WAR-KBI-03").returns()).containsExactly("Strategic Finance (Owen Pritchard)");
        assertThat(route(preview, "WAR-INT-01").returns()).containsExactly("Strategic Finance (Owen Pritchard)");
        assertThat(route(preview, "LONE01").note()).isEqualTo("no AD Delivery in area");
        assertThat(route(preview, "LONE01").goesNowhere()).isTrue();
        assertThat(route(preview, "ELSE01").note()).isEqualTo("owner is AD Commissioning only");
        assertThat(preview.nowhere()).extracting(MeasureRoute::code).contains("LONE01", "ELSE01")
                .noneMatch(code -> code.startsWith("WAR-"));
        assertThat(preview.routes()).extracting(MeasureRoute::code).contains("WAR-KBM-01", "WAR-INT-02", "WAR-KBI-04");
        assertThat(preview.routes()).filteredOn(r -> !r.goesNowhere()).allSatisfy(r -> assertThat(r.returns()).isNotEmpty());
    }

    @Test
    void aMeasureNotDueThisPeriodIsShownWithItsLatestValue() {
        var annual = measure("ANN02", MeasureKind.KBM, areaId("Strategic Finance"), null);
        long id = admin.addMeasure(annual.form()).id();
        var form = queries.measureForm(id);
        admin.updateMeasure(id, new uk.co.goldenthread.framework.measures.MeasureForm(form.code(), form.kind(), form.title(),
                form.definition(), form.unit(), form.decimalPlaces(), form.polarity(), form.bandLower(), form.bandUpper(),
                form.tolerance(), uk.co.goldenthread.framework.Frequency.ANNUAL, form.dataSource(), form.baselineValue(),
                form.baselinePeriod(), form.areaId(), form.outcomeId(), form.ownerId(), form.allAds(), form.proxy(),
                form.proxyRationale(), form.status(), form.novelty(), form.oba(), form.scorecardBlock(),
                form.improvementCategory(), form.improvementLeadId(), form.notes(), form.stableWithin(),
                form.stableWithinPercent(), form.minimumCount(), form.spcFixedUntil(), form.spcChangePoints()));

        MeasureRoute route = route(quarters.preview(new FinancialQuarter(2031, 3)), "ANN02");

        assertThat(route.note()).isEqualTo("not due this period: shown with latest value");
        assertThat(route.goesNowhere()).isFalse();
        assertThat(route.returns()).isNotEmpty();
    }

    @Test
    void openingIsRefusedWhileAMeasureGoesNowhereUnlessTickedOffWithAReason() {
        admin.addMeasure(measure("LONE02", MeasureKind.KBM, lonelyArea("clare.foster"), null).form());
        var request = TestTimetable.of(2031, 4);

        assertThatThrownBy(() -> quarters.open(request)).isInstanceOf(DomainException.class)
                .hasMessageContaining("LONE02").hasMessageContaining("no AD Delivery in area");
        assertThat(quarters.list()).noneMatch(q -> q.period().equals(request.period()));
        assertThatThrownBy(() -> quarters.open(request, " ")).isInstanceOf(DomainException.class)
                .hasMessageContaining("reason");

        long quarterId = quarters.open(request, "The area's AD Delivery starts in January").id();

        assertThat(audit.history(QuarterProgress.AUDIT_SUBJECT, quarterId)).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("Opened without a return for");
            assertThat(r.newValue()).contains("LONE02");
            assertThat(r.reason()).isEqualTo("The area's AD Delivery starts in January");
        });
    }

    private long lonelyArea(String adCommissioning) {
        long directorate = structure.directorates().getFirst().id();
        return structure.saveArea(null, new AreaForm("Area with nobody to deliver", directorate,
                personId(adCommissioning), Set.of()));
    }

    private static TestMeasure measure(String code, MeasureKind kind, long areaId, Long ownerId) {
        var m = new TestMeasure(code, "Test measure " + code);
        m.kind = kind;
        m.areaId = areaId;
        m.ownerId = ownerId;
        return m;
    }

    private static MeasureRoute route(OpeningPreview preview, String code) {
        List<MeasureRoute> found = preview.routes().stream().filter(r -> r.code().equals(code)).toList();
        assertThat(found).as(code).hasSize(1);
        return found.getFirst();
    }
}
