package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.packs.render.DataRows;
import uk.co.goldenthread.packs.render.PackCsv;
import uk.co.goldenthread.packs.render.PackXlsx;
import uk.co.goldenthread.packs.snapshot.CanonicalJson;
import uk.co.goldenthread.packs.snapshot.PackSnapshot;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.LineEntry;
import uk.co.goldenthread.quarters.RemedialActionEntry;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnEdit;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.ReturnSummary;

/**
 * One exception rule: the pack line keeps the rating's flag, the screen and the files list the same exceptions, and the
 * CSV and XLSX carry the flag, the "why this rating" sentence, the rating-and-chart disagreement and whether the row is
 * an exception, all as safe text.
 */
@SpringBootTest
@Transactional
class PackExceptionRuleTest {

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
    void aProvisionalRedValueIsFlaggedOnItsLineAndInTheDataFilesAndListedByNeither() throws Exception {
        var journeys = new Journeys(context);
        targetIn2029("FIN01", "90.0");
        targetIn2029("FIN02", "100.0");
        long quarterId = journeys.openQuarter(2029, 3).id();
        for (ReturnSummary r : journeys.returnsOf(quarterId)) {
            journeys.fillIn(r.id(), Map.of("FIN01", "50", "FIN02", "50"));
        }
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        markFin01Provisional(finance);
        for (ReturnSummary r : journeys.returnsOf(quarterId)) {
            journeys.submit(r.id());
            journeys.approve(r.id());
            journeys.signOff(r.id());
        }
        SignIn.as(context, "priya.shah");
        PackSummary pack = packs.compile(quarterId);

        assertThat(jdbc.queryForList("SELECT rag_flag FROM pack_line WHERE pack_id = ? AND measure_code = 'FIN01' "
                + "AND commissioning_area = 'Strategic Finance'", String.class, pack.id())).containsExactly("PROVISIONAL");
        PackLineRow line = packs.content(pack.id()).lines().stream().filter(l -> l.code().equals("FIN01")
                && l.commissioningArea().equals("Strategic Finance")).findFirst().orElseThrow();
        assertThat(line.rated()).isFalse();
        assertThat(line.isException()).isFalse();

        List<CSVRecord> csv = csv(file(pack, "pack.csv"));
        CSVRecord fin01 = thisPeriod(csv, "FIN01", "Strategic Finance");
        assertThat(fin01.get("rag_flag")).isEqualTo("Provisional");
        assertThat(fin01.get("rag_explanation")).contains("It would be red");
        assertThat(fin01.get("rating_and_chart")).isEmpty();
        assertThat(fin01.get("exception")).isEqualTo("false");
        CSVRecord red = thisPeriod(csv, "FIN02", "Strategic Finance");
        assertThat(red.get("rag")).isEqualTo("Red");
        assertThat(red.get("rag_flag")).isEmpty();
        assertThat(red.get("rag_explanation")).contains("Red");
        assertThat(red.get("exception")).isEqualTo("true");

        Set<String> onScreen = packs.content(pack.id()).lines().stream().filter(PackLineRow::isException)
                .map(l -> l.code() + " / " + l.commissioningArea()).collect(Collectors.toSet());
        Set<String> inFiles = csv.stream().filter(r -> r.get("exception").equals("true"))
                .map(r -> r.get("code") + " / " + r.get("commissioning_area")).collect(Collectors.toSet());
        assertThat(inFiles).as("the screen and the files use one rule").isEqualTo(onScreen)
                .contains("FIN02 / Strategic Finance").doesNotContain("FIN01 / Strategic Finance");

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file(pack, "pack.xlsx")))) {
            Row row = xlsxRow(book, "FIN01", "Strategic Finance");
            assertThat(cell(row, "rag_flag").getStringCellValue()).isEqualTo("Provisional");
            assertThat(cell(row, "rag_explanation").getStringCellValue()).contains("It would be red");
            assertThat(cell(row, "exception").getBooleanCellValue()).isFalse();
        }
    }

    @Test
    void theNewTextColumnsAreNeutralisedAgainstFormulaInjection() throws Exception {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2029, 4).id();
        journeys.completeAll(quarterId, Map.of());
        SignIn.as(context, "priya.shah");
        PackSummary pack = packs.compile(quarterId);
        JsonNode json = CanonicalJson.mapper().readTree(file(pack, "pack.json"));
        for (JsonNode m : json.get("snapshot").get("measures")) {
            if (m.get("code").asString().equals("FIN01")) {
                ((ObjectNode) m).put("ragExplanation", "=HYPERLINK(\"https://example.org\",\"why\")");
                ((ObjectNode) m).put("disagreement", "+1+1");
            }
        }
        PackSnapshot tampered = CanonicalJson.mapper().treeToValue(json.get("snapshot"), PackSnapshot.class);

        CSVRecord row = thisPeriod(csv(context.getBean(PackCsv.class).render(tampered, pack.sha256())), "FIN01",
                "Strategic Finance");
        assertThat(row.get("rag_explanation")).isEqualTo("'=HYPERLINK(\"https://example.org\",\"why\")");
        assertThat(row.get("rating_and_chart")).isEqualTo("'+1+1");
        assertThat(row.get("exception")).as("a disagreement is always an exception").isEqualTo("true");

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(context.getBean(PackXlsx.class).render(tampered,
                pack.sha256())))) {
            Row xlsx = xlsxRow(book, "FIN01", "Strategic Finance");
            for (String heading : List.of("rag_explanation", "rating_and_chart")) {
                assertThat(cell(xlsx, heading).getCellStyle().getQuotePrefixed()).as(heading).isTrue();
            }
            assertThat(cell(xlsx, "rating_and_chart").getStringCellValue()).isEqualTo("+1+1");
        }
    }

    /** The demo sets targets up to next year only: give the measure its demo target in 2029/30 too. */
    private void targetIn2029(String code, String target) {
        SignIn.as(context, "priya.shah");
        var queries = context.getBean(uk.co.goldenthread.framework.measures.MeasureQueryService.class);
        long id = queries.findMeasures(new uk.co.goldenthread.framework.measures.MeasureFilter(code, null, null,
                null, null), 0, 10).stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow().id();
        context.getBean(uk.co.goldenthread.framework.measures.MeasureTargetService.class).setTarget(id, 2029, null,
                new java.math.BigDecimal(target));
    }

    private void markFin01Provisional(long returnId) {
        String ad = context.getBean(uk.co.goldenthread.quarters.workflow.ReturnRouting.class).adDelivery(returnId);
        ReturnDetails ret = new Journeys(context).get(returnId, ad);
        LineDetails line = ret.lines().stream().filter(l -> l.measure().code().equals("FIN01")).findFirst()
                .orElseThrow();
        context.getBean(ReturnService.class).save(ReturnEdit.ofLines(returnId, ret.version(), List.of(new LineEntry(
                line.lineId(), "50", "Commentary on FIN01", null, List.of(new RemedialActionEntry(
                        "Review with the service", "Service manager", LocalDate.of(2030, 3, 31))), null, true, null))));
    }

    private static List<CSVRecord> csv(byte[] bytes) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8).substring(1))).getRecords();
    }

    private static CSVRecord thisPeriod(List<CSVRecord> csv, String code, String area) {
        return csv.stream().filter(r -> r.get("code").equals(code) && r.get("commissioning_area").equals(area)
                && r.get("this_period").equals("true")).findFirst().orElseThrow();
    }

    private static Row xlsxRow(XSSFWorkbook book, String code, String area) {
        for (Row r : book.getSheet("Data")) {
            if (r.getRowNum() > 0 && cell(r, "code").getStringCellValue().equals(code)
                    && cell(r, "commissioning_area").getStringCellValue().equals(area)
                    && cell(r, "this_period").getBooleanCellValue()) {
                return r;
            }
        }
        throw new AssertionError(code + " " + area + " is not in the Data sheet");
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Row row, String heading) {
        return row.getCell(DataRows.HEADINGS.indexOf(heading), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    }

    private byte[] file(PackSummary pack, String name) {
        return jdbc.queryForObject("SELECT content FROM pack_file WHERE pack_id = ? AND file_name = ?", byte[].class,
                pack.id(), name);
    }
}
