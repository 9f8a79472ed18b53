package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.audit.AuditRecord;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.measures.MeasureQueryService;
import uk.co.goldenthread.framework.measures.MeasureFilter;
import uk.co.goldenthread.framework.measures.MeasureForm;
import uk.co.goldenthread.performance.Rag;
import uk.co.goldenthread.performance.RagFlag;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.LineEntry;
import uk.co.goldenthread.quarters.RemedialActionEntry;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnEdit;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.ReturnSummary;

/**
 * A provisional value is shown flagged and never red, on the return and in the compiled pack; a value whose count is
 * below its measure's minimum is "Small number: not rated". Both flags are what the AD Delivery said, audited.
 */
@SpringBootTest
@Transactional
class ProvisionalAndSmallNumbersTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PackService packs;
    @Autowired
    ReturnService returns;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aProvisionalRedValueCompilesIntoThePackFlaggedNotRed() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2026, 3).id();
        for (ReturnSummary r : journeys.returnsOf(quarterId)) {
            journeys.fillIn(r.id(), Map.of("FIN01", "50"));
        }
        ReturnSummary finance = journeys.returnOf(quarterId, "Strategic Finance");
        ReturnDetails marked = enter(finance.id(), "50", true, null);
        LineDetails fin01 = fin01(marked);
        assertThat(fin01.rag()).isEqualTo(Rag.GREY);
        assertThat(fin01.rating().flag()).isEqualTo(RagFlag.PROVISIONAL);
        assertThat(fin01.rating().explanation()).contains("It would be red");
        assertThat(fin01.valueText()).isEqualTo("50.0% (provisional)");
        assertThat(audit.history(ReturnService.AUDIT_SUBJECT, finance.id())).extracting(AuditRecord::field,
                AuditRecord::newValue).contains(org.assertj.core.groups.Tuple.tuple("FIN01 provisional", "yes"));

        for (ReturnSummary r : journeys.returnsOf(quarterId)) {
            journeys.submit(r.id());
            journeys.approve(r.id());
            journeys.signOff(r.id());
        }
        assertThat(fin01(journeys.get(finance.id(), "priya.shah")).provisional())
                .as("submitting keeps the flag").isTrue();
        SignIn.as(context, "priya.shah");
        PackSummary pack = packs.compile(quarterId);

        PackLineRow row = packs.content(pack.id()).lines().stream().filter(l -> l.code().equals("FIN01")
                && l.commissioningArea().equals("Strategic Finance")).findFirst().orElseThrow();
        assertThat(row.rag()).isEqualTo(Rag.GREY);
        assertThat(row.value()).startsWith("50.0% (provisional)");
        assertThat(row.isException()).as("exception: rag %s, direction %s, disagreement %s", row.rag(), row.direction(), row.disagreement()).isFalse();
        assertThat(row.ragText()).as("the pack screen and public measure page").isEqualTo("○ Provisional");
        assertThat(packs.content(pack.id()).ragCounts().get(Rag.RED)).isZero();
        String html = new String(file(pack, "pack.html"), StandardCharsets.UTF_8);
        String exceptions = html.substring(html.indexOf("<section id=\"exceptions\">"),
                html.indexOf("<section id=\"outcomes\">"));
        assertThat(exceptions).doesNotContain("FIN01");
        assertThat(html).contains("○ Provisional", "50.0% (provisional)", "It would be red; it is not rated until "
                + "the value is final.");
        String json = new String(file(pack, "pack.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"ragFlag\":\"Provisional\"").doesNotContain("\"rag\":\"Red\"");
        assertThat(json).contains("{\"period\":\"Q3 2026/27\",\"provisional\":true,\"value\":50.0}");
    }

    @Test
    void aValueBelowTheMeasuresMinimumCountIsASmallNumberNotRated() {
        SignIn.as(context, "priya.shah");
        FrameworkAdminService admin = context.getBean(FrameworkAdminService.class);
        MeasureQueryService measureQueries = context.getBean(MeasureQueryService.class);
        long fin01Id = measureQueries.findMeasures(new MeasureFilter("FIN01", null, null, null, null), 0, 10).stream()
                .filter(m -> m.code().equals("FIN01")).findFirst().orElseThrow().id();
        MeasureForm f = measureQueries.measureForm(fin01Id);
        admin.updateMeasure(fin01Id, new MeasureForm(f.code(), f.kind(), f.title(), f.definition(), f.unit(),
                f.decimalPlaces(), f.polarity(), f.bandLower(), f.bandUpper(), f.tolerance(), f.frequency(),
                f.dataSource(), f.baselineValue(), f.baselinePeriod(), f.areaId(), f.outcomeId(), f.ownerId(),
                f.allAds(), f.proxy(), f.proxyRationale(), f.status(), f.novelty(), f.oba(), f.scorecardBlock(),
                f.improvementCategory(), f.improvementLeadId(), f.notes(), f.stableWithin(), f.stableWithinPercent(),
                new BigDecimal("10"), f.spcFixedUntil(), f.spcChangePoints()));
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2026, 3).id();
        ReturnSummary finance = journeys.returnOf(quarterId, "Strategic Finance");
        journeys.fillIn(finance.id(), Map.of("FIN01", "50"));

        LineDetails small = fin01(enter(finance.id(), "50", false, "4"));
        assertThat(small.rag()).isEqualTo(Rag.GREY);
        assertThat(small.rating().flag()).isEqualTo(RagFlag.SMALL_NUMBER);
        assertThat(small.rating().label()).isEqualTo("○ Small number: not rated");
        assertThat(small.rating().explanation()).contains("The count of 4 is below the minimum of 10");

        for (String bad : List.of("-3", "2.5", "many")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> enter(finance.id(), "50", false, bad))
                    .isInstanceOfSatisfying(uk.co.goldenthread.base.InvalidInputException.class, e -> assertThat(
                            e.fieldErrors()).containsEntry("FIN01 count",
                                    "Give the count behind the value as a whole number, e.g. 12."));
        }
        LineDetails bigEnough = fin01(enter(finance.id(), "50", false, "12"));
        assertThat(bigEnough.rag()).isEqualTo(Rag.RED);
        assertThat(bigEnough.count()).isEqualByComparingTo("12");
    }

    private ReturnDetails enter(long returnId, String value, boolean provisional, String count) {
        var journeys = new Journeys(context);
        ReturnDetails ret = journeys.get(returnId, adDelivery(returnId));
        LineDetails line = fin01(ret);
        return returns.save(ReturnEdit.ofLines(returnId, ret.version(), List.of(new LineEntry(line.lineId(), value,
                "Commentary on FIN01", null, List.of(new RemedialActionEntry("Review with the service",
                        "Service manager", LocalDate.of(2027, 3, 31))), null, provisional, count)))).details();
    }

    private String adDelivery(long returnId) {
        return context.getBean(uk.co.goldenthread.quarters.workflow.ReturnRouting.class).adDelivery(returnId);
    }

    private static LineDetails fin01(ReturnDetails ret) {
        return ret.lines().stream().filter(l -> l.measure().code().equals("FIN01")).findFirst().orElseThrow();
    }

    private byte[] file(PackSummary pack, String name) {
        return jdbc.queryForObject("SELECT content FROM pack_file WHERE pack_id = ? AND file_name = ?", byte[].class,
                pack.id(), name);
    }
}
