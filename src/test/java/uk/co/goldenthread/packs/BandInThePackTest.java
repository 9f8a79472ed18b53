package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
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
 * A measure rated within a band (FIN03: -2% to 0% net variation to budget) has no single target: the pack carries its
 * band in the snapshot and shows it in every format, and does not call it a measure without a target.
 */
@SpringBootTest
@Transactional
class BandInThePackTest {

    static final String BAND = "Band: -2.0% to 0.0%";

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
    void aBandMeasuresBandIsInTheSnapshotAndEveryFormat() throws Exception {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2029, 1).id();
        journeys.completeAll(quarterId, Map.of("FIN03", "-0.5"));
        SignIn.as(context, "priya.shah");
        PackSummary pack = packs.compile(quarterId);

        JsonNode json = CanonicalJson.mapper().readTree(file(pack, "pack.json"));
        JsonNode schema = CanonicalJson.mapper().readTree(java.nio.file.Path.of("docs", "pack.schema.json").toFile());
        assertThat(SchemaCheck.problems(schema, json)).as("pack.json against docs/pack.schema.json").isEmpty();
        JsonNode fin03 = measure(json, "FIN03");
        assertThat(fin03.get("bandLower").decimalValue()).isEqualByComparingTo("-2");
        assertThat(fin03.get("bandUpper").decimalValue()).isEqualByComparingTo("0");
        assertThat(measure(json, "FIN01").get("bandLower").isNull()).isTrue();
        assertThat(json.get("snapshot").get("dataQuality").get("missingTargets").valueStream()
                .map(JsonNode::asString)).as("a band is the measure's target").doesNotContain("FIN03");

        String html = new String(file(pack, "pack.html"), StandardCharsets.UTF_8);
        String article = html.substring(html.indexOf("<h4>FIN03 "));
        article = article.substring(0, article.indexOf("</article>"));
        assertThat(article).contains("<dt>Target</dt><dd>" + BAND + "</dd>").doesNotContain("None set");

        try (var pdf = Loader.loadPDF(file(pack, "pack.pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(BAND);
        }

        List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(file(pack, "pack.csv"), StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        CSVRecord row = csv.stream().filter(r -> r.get("code").equals("FIN03") && r.get("this_period").equals("true"))
                .findFirst().orElseThrow();
        assertThat(new BigDecimal(row.get("band_lower"))).isEqualByComparingTo("-2");
        assertThat(new BigDecimal(row.get("band_upper"))).isEqualByComparingTo("0");
        assertThat(row.get("target_text")).isEqualTo(BAND);

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file(pack, "pack.xlsx")))) {
            var sheet = book.getSheet("Data");
            Row found = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 0 && cell(r, "code").equals("FIN03") && r.getCell(
                        DataRows.HEADINGS.indexOf("this_period")).getBooleanCellValue()) {
                    found = r;
                }
            }
            assertThat(found).isNotNull();
            var lower = found.getCell(DataRows.HEADINGS.indexOf("band_lower"));
            assertThat(lower.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(lower.getNumericCellValue()).isEqualTo(-2.0);
            assertThat(cell(found, "target_text")).isEqualTo(BAND);
        }

        assertThat(packs.content(pack.id()).lines()).filteredOn(l -> l.code().equals("FIN03"))
                .extracting(PackLineRow::target).as("the pack screen and the public measure page").contains(BAND);
    }

    private static String cell(Row row, String heading) {
        return row.getCell(DataRows.HEADINGS.indexOf(heading)).getStringCellValue();
    }

    private byte[] file(PackSummary pack, String name) {
        return jdbc.queryForObject("SELECT content FROM pack_file WHERE pack_id = ? AND file_name = ?", byte[].class,
                pack.id(), name);
    }

    private static JsonNode measure(JsonNode json, String code) {
        for (JsonNode m : json.get("snapshot").get("measures")) {
            if (m.get("code").asString().equals(code)) {
                return m;
            }
        }
        throw new AssertionError(code + " is not in the snapshot");
    }
}
