package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.packs.render.DataRows;
import uk.co.goldenthread.packs.snapshot.CanonicalJson;

/**
 * A return submitted after the timetable's submission deadline (14 Oct 2029 for Q2 2029/30) is listed as late, with
 * the day it came in, in the snapshot, its data-quality findings and every format; one submitted in time is not.
 */
@SpringBootTest
@Transactional
class LateReturnsInThePackTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PackService packs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    jakarta.persistence.EntityManager entityManager;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aReturnSubmittedAfterTheDeadlineIsListedLateInEveryFormat() throws Exception {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2029, 2).id();
        journeys.completeAll(quarterId, Map.of());
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        jdbc.update("UPDATE quarterly_return SET submitted_at = ? WHERE quarter_id = ?",
                LocalDateTime.of(2029, 10, 14, 23, 30), quarterId);
        jdbc.update("UPDATE quarterly_return SET submitted_at = ? WHERE id = ?", LocalDateTime.of(2029, 10, 17, 10, 0),
                finance);
        entityManager.clear();
        SignIn.as(context, "priya.shah");
        PackSummary pack = packs.compile(quarterId);

        JsonNode json = CanonicalJson.mapper().readTree(file(pack, "pack.json"));
        JsonNode schema = CanonicalJson.mapper().readTree(java.nio.file.Path.of("docs", "pack.schema.json").toFile());
        assertThat(SchemaCheck.problems(schema, json)).as("pack.json against docs/pack.schema.json").isEmpty();
        JsonNode late = json.get("snapshot").get("lateReturns");
        assertThat(late).hasSize(1);
        assertThat(late.get(0).get("commissioningArea").asString()).isEqualTo("Strategic Finance");
        assertThat(late.get(0).get("deadline").asString()).isEqualTo("2029-10-14");
        assertThat(late.get(0).get("submittedOn").asString()).isEqualTo("2029-10-17");
        JsonNode finding = json.get("snapshot").get("dataQuality").get("lateReturns");
        assertThat(finding).hasSize(1);
        assertThat(finding.get(0).asString()).startsWith("Strategic Finance (")
                .endsWith("submitted 17 Oct 2029 after the deadline of 14 Oct 2029");

        String html = new String(file(pack, "pack.html"), StandardCharsets.UTF_8);
        String annex = html.substring(html.indexOf("<section id=\"data-quality\">"), html.indexOf("<section id=\"missing\">"));
        assertThat(annex).contains("Returns submitted late", "Strategic Finance (",
                "submitted 17 Oct 2029 after the deadline of 14 Oct 2029");
        String section = html.substring(html.indexOf("<section id=\"late\">"));
        section = section.substring(0, section.indexOf("</section>"));
        assertThat(section).contains("<h2>Late returns</h2>", "<th scope=\"row\">Strategic Finance</th>",
                "<td>14 Oct 2029</td><td>17 Oct 2029</td>").doesNotContain("Strategic IT");

        try (var pdf = Loader.loadPDF(file(pack, "pack.pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Late returns",
                    "submitted 17 Oct 2029 after the deadline of 14 Oct 2029");
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().children()).extracting(o -> o.getTitle())
                    .contains("Late returns");
        }

        List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(file(pack, "pack.csv"), StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        assertThat(csv).isNotEmpty().allSatisfy(r -> {
            boolean isFinance = r.get("commissioning_area").equals("Strategic Finance");
            assertThat(r.get("return_late")).isEqualTo(Boolean.toString(isFinance));
            assertThat(r.get("return_submitted_on")).isEqualTo(isFinance ? "2029-10-17" : "");
        });

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file(pack, "pack.xlsx")))) {
            int area = DataRows.HEADINGS.indexOf("commissioning_area");
            int lateColumn = DataRows.HEADINGS.indexOf("return_late");
            for (Row r : book.getSheet("Data")) {
                if (r.getRowNum() > 0) {
                    assertThat(r.getCell(lateColumn).getBooleanCellValue())
                            .isEqualTo(r.getCell(area).getStringCellValue().equals("Strategic Finance"));
                }
            }
        }
    }

    private byte[] file(PackSummary pack, String name) {
        return jdbc.queryForObject("SELECT content FROM pack_file WHERE pack_id = ? AND file_name = ?", byte[].class,
                pack.id(), name);
    }
}
