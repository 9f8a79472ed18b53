package uk.co.goldenthread.framework.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.MeasureStatus;
import uk.co.goldenthread.framework.TestMeasure;
import uk.co.goldenthread.framework.versions.FrameworkVersionForm;
import uk.co.goldenthread.framework.versions.FrameworkVersionService;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.performance.DirectionOfTravel;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.ReturnSummary;

/**
 * A measure revised with a comparable definition keeps one history across the chain: its successor's returns, pack
 * and direction of travel read the predecessor's values, it starts with the predecessor's targets, and the measure
 * page shows the chain both ways. A revision scheduled for a later cut-over leaves the old measure active until then.
 */
class ComparablePredecessorTest extends PerformanceTeamTest {

    @Autowired
    FrameworkAdminService admin;
    @Autowired
    MeasureQueryService queries;
    @Autowired
    MeasureRevisionService revisions;
    @Autowired
    FrameworkVersionService versions;
    @Autowired
    MeasureTargetService targets;
    @Autowired
    FrameworkService framework;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aComparableSuccessorReadsItsPredecessorsHistoryInTheReturnAndThePack() {
        long oldId = addMeasure("CHN01");
        targets.setTarget(oldId, 2034, null, new BigDecimal("90"));
        var journeys = new Journeys(context);
        journeys.completeAll(journeys.openQuarter(2034, 1).id(), Map.of("CHN01", "80"));
        SignIn.as(context, "priya.shah");
        long version = versions.addVersion(new FrameworkVersionForm("Framework from July 2034",
                LocalDate.of(2034, 7, 1), 2034, 2)).id();
        var changes = new TestMeasure("CHN01", "No. of things counted, excluding duplicates");
        changes.areaId = areaId("Strategic Finance");
        long successorId = revisions.reviseMeasure(oldId, version, "CHN02", changes.form(), true).id();

        assertThat(framework.targetFor(successorId, new FinancialQuarter(2034, 2))).as("targets copied")
                .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("90"));
        assertThat(audit.history(FrameworkAdminService.AUDIT_SUBJECT, successorId)).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("Measure CHN02 Target 2034/35");
            assertThat(r.newValue()).isEqualTo("90");
            assertThat(r.reason()).isEqualTo("Copied from CHN01, whose definition is comparable");
        });

        long q2 = journeys.openQuarter(2034, 2).id();
        ReturnSummary ret = journeys.returnOf(q2, "Strategic Finance");
        journeys.completeAll(q2, Map.of("CHN02", "85"));
        LineDetails line = journeys.get(ret.id(), "priya.shah").lines().stream()
                .filter(l -> l.measure().code().equals("CHN02")).findFirst().orElseThrow();
        assertThat(line.lastFourQuarters()).first().satisfies(v -> {
            assertThat(v.period()).isEqualTo(new FinancialQuarter(2034, 1));
            assertThat(v.value()).isEqualByComparingTo("80");
        });
        assertThat(line.directionOnPreviousQuarter()).isNotEqualTo(DirectionOfTravel.UNKNOWN);

        SignIn.as(context, "priya.shah");
        long packId = context.getBean(PackService.class).compile(q2).id();
        assertThat(packHistory(packId, "CHN02")).containsExactly("Q1 2034/35=80", "Q2 2034/35=85");

        MeasureDetails page = queries.measureDetails("CHN02");
        assertThat(page.chain()).singleElement().satisfies(link -> {
            assertThat(link.code()).isEqualTo("CHN01");
            assertThat(link.relation()).isEqualTo(MeasureDetails.ChainLink.Relation.REPLACES);
            assertThat(link.comparable()).isTrue();
        });
        assertThat(page.values()).as("the trend on the page reads across the chain")
                .anySatisfy(v -> assertThat(v.quarter()).isEqualTo(new FinancialQuarter(2034, 1)));
        assertThat(queries.measureDetails("CHN01").chain()).singleElement().satisfies(link -> {
            assertThat(link.code()).isEqualTo("CHN02");
            assertThat(link.relation()).isEqualTo(MeasureDetails.ChainLink.Relation.REPLACED_BY);
            assertThat(link.cutOver()).isEqualTo(LocalDate.of(2034, 7, 1));
        });
    }

    @Test
    void aSuccessorWhoseDefinitionIsNotComparableStartsAfresh() {
        long oldId = addMeasure("CHN11");
        targets.setTarget(oldId, 2034, null, new BigDecimal("90"));
        var journeys = new Journeys(context);
        journeys.completeAll(journeys.openQuarter(2034, 1).id(), Map.of("CHN11", "80"));
        SignIn.as(context, "priya.shah");
        long version = versions.addVersion(new FrameworkVersionForm("Framework from July 2034",
                LocalDate.of(2034, 7, 1), 2034, 2)).id();
        var changes = new TestMeasure("CHN11", "Share of things counted");
        changes.areaId = areaId("Strategic Finance");
        long successorId = revisions.reviseMeasure(oldId, version, "CHN12", changes.form(), false).id();

        assertThat(framework.targetFor(successorId, new FinancialQuarter(2034, 2))).isEmpty();
        long q2 = journeys.openQuarter(2034, 2).id();
        ReturnSummary ret = journeys.returnOf(q2, "Strategic Finance");
        journeys.fillIn(ret.id(), Map.of("CHN12", "85"));
        LineDetails line = journeys.get(ret.id(), "priya.shah").lines().stream()
                .filter(l -> l.measure().code().equals("CHN12")).findFirst().orElseThrow();
        assertThat(line.lastFourQuarters()).isEmpty();
        SignIn.as(context, "priya.shah");
        assertThat(queries.measureDetails("CHN12").chain()).singleElement()
                .satisfies(link -> assertThat(link.comparable()).isFalse());
        assertThat(queries.measureDetails("CHN12").values()).as("only its own draft value, none of CHN11's")
                .allSatisfy(v -> assertThat(v.quarter()).isEqualTo(new FinancialQuarter(2034, 2)));
    }

    @Test
    void aRevisionWithALaterCutOverLeavesTheOldMeasureActiveUntilThenEvenWhileAnOpenReturnHoldsIt() {
        long oldId = addMeasure("CHN21");
        var journeys = new Journeys(context);
        journeys.openQuarter(2034, 1);
        SignIn.as(context, "priya.shah");
        long later = versions.addVersion(new FrameworkVersionForm("Framework from July 2034",
                LocalDate.of(2034, 7, 1), 2034, 2)).id();
        var changes = new TestMeasure("CHN21", "No. of things counted again");
        changes.areaId = areaId("Strategic Finance");

        revisions.reviseMeasure(oldId, later, "CHN22", changes.form(), true);

        MeasureDetails old = queries.measureDetails("CHN21");
        assertThat(old.measure().status()).as("status follows the cut-over date").isEqualTo(MeasureStatus.ACTIVE);
        assertThat(old.retiredIn()).isEqualTo("Framework from July 2034");

        context.getBean(MeasureCutOvers.class).retireDue(LocalDate.of(2034, 6, 30));
        assertThat(queries.measureDetails("CHN21").measure().status()).isEqualTo(MeasureStatus.ACTIVE);
        context.getBean(MeasureCutOvers.class).retireDue(LocalDate.of(2034, 7, 1));
        assertThat(queries.measureDetails("CHN21").measure().status()).isEqualTo(MeasureStatus.RETIRED);
        assertThat(audit.history(FrameworkAdminService.AUDIT_SUBJECT, oldId)).anySatisfy(r -> {
            assertThat(r.newValue()).isEqualTo("retired");
            assertThat(r.reason()).isEqualTo("Replaced by CHN22 from 1 Jul 2034 (Framework from July 2034)");
        });
    }

    @Test
    void aRevisionThatWouldCutOverBeforeAnOpenReturnsQuarterIsRefused() {
        long oldId = addMeasure("CHN31");
        var journeys = new Journeys(context);
        journeys.openQuarter(2034, 2);
        SignIn.as(context, "priya.shah");
        long early = versions.addVersion(new FrameworkVersionForm("Framework from April 2034",
                LocalDate.of(2034, 4, 1), 2034, 1)).id();
        var changes = new TestMeasure("CHN31", "No. of things counted again");
        changes.areaId = areaId("Strategic Finance");

        assertThatThrownBy(() -> revisions.reviseMeasure(oldId, early, "CHN32", changes.form(), true))
                .isInstanceOf(DomainException.class).hasMessageContaining("CHN31")
                .hasMessageContaining("Q2 2034/35");
        assertThat(queries.countMeasures(new MeasureFilter("CHN32", null, null, null, null))).isZero();
    }

    private long addMeasure(String code) {
        var measure = new TestMeasure(code, "No. of things counted");
        measure.areaId = areaId("Strategic Finance");
        return admin.addMeasure(measure.form()).id();
    }

    private List<String> packHistory(long packId, String code) {
        byte[] json = jdbc.queryForObject("SELECT content FROM pack_file WHERE pack_id = ? AND file_name = ?",
                byte[].class, packId, "pack.json");
        JsonNode root = JsonMapper.builder().build().readTree(new String(json, StandardCharsets.UTF_8));
        List<String> result = new ArrayList<>();
        for (JsonNode m : root.get("snapshot").get("measures")) {
            if (m.get("code").asString().equals(code)) {
                for (JsonNode p : m.get("history")) {
                    result.add(p.get("period").asString() + "=" + p.get("value").decimalValue().stripTrailingZeros()
                            .toPlainString());
                }
            }
        }
        return result;
    }
}
