package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.framework.Frequency;
import uk.co.goldenthread.framework.TestMeasure;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.packs.render.DataRows;
import uk.co.goldenthread.packs.snapshot.CanonicalJson;

/**
 * An annual measure reported in Q4 2059/60 is not due in Q1 2060/61: the compiled pack still holds it, with its latest
 * value and "data as at Q4 2059/60", in the HTML, the JSON, the CSV and the XLSX.
 */
class NotDueMeasureInThePackTest extends PerformanceTeamTest {

    @Autowired
    FrameworkAdminService admin;
    @Autowired
    PackService packs;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void anAnnualMeasureNotDueThisQuarterIsInEveryFormatWithItsLatestValueAndDataAsAt() throws Exception {
        var annual = new TestMeasure("ANN59", "Residents satisfied with the council");
        annual.frequency = Frequency.ANNUAL;
        annual.areaId = areaId("Strategic Finance");
        admin.addMeasure(annual.form());
        var journeys = new Journeys(context);
        journeys.completeAll(journeys.openQuarter(2059, 4).id(), Map.of("ANN59", "77"));
        long quarterId = journeys.openQuarter(2060, 1).id();
        journeys.completeAll(quarterId, Map.of());
        SignIn.as(context, "priya.shah");
        PackSummary pack = packs.compile(quarterId);

        JsonNode json = CanonicalJson.mapper().readTree(file(pack, "pack.json"));
        JsonNode measure = null;
        for (JsonNode m : json.get("snapshot").get("measures")) {
            if (m.get("code").asString().equals("ANN59")) {
                measure = m;
            }
        }
        assertThat(measure).as("ANN59 in pack.json").isNotNull();
        assertThat(measure.get("value").decimalValue()).isEqualByComparingTo("77");
        assertThat(measure.get("dataAsAt").asString()).isEqualTo("Q4 2059/60");

        String html = new String(file(pack, "pack.html"), StandardCharsets.UTF_8);
        int at = html.indexOf("ANN59");
        assertThat(at).as("ANN59 in pack.html").isNotNegative();
        String block = html.substring(at, html.indexOf("<dt>Data as at</dt>", at) + 60);
        assertThat(block).contains("77", "<dt>Data as at</dt><dd>Q4 2059/60</dd>");

        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(file(pack, "pack.csv"), StandardCharsets.UTF_8).substring(1)))
                .getRecords().stream().filter(r -> r.get("code").equals("ANN59")
                        && r.get("this_period").equals("true")).findFirst().orElseThrow();
        assertThat(row.get("period")).isEqualTo("Q4 2059/60");
        assertThat(row.get("value")).isEqualTo("77");
        assertThat(row.get("data_as_at")).isEqualTo("Q4 2059/60");

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file(pack, "pack.xlsx")))) {
            var sheet = book.getSheet("Data");
            int code = DataRows.HEADINGS.indexOf("code");
            int current = DataRows.HEADINGS.indexOf("this_period");
            Row found = null;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row x = sheet.getRow(r);
                if (x.getCell(code).getStringCellValue().equals("ANN59") && x.getCell(current).getBooleanCellValue()) {
                    found = x;
                }
            }
            assertThat(found).as("ANN59's current row in pack.xlsx").isNotNull();
            assertThat(found.getCell(DataRows.HEADINGS.indexOf("value")).getNumericCellValue()).isEqualTo(77.0);
            assertThat(found.getCell(DataRows.HEADINGS.indexOf("data_as_at")).getStringCellValue())
                    .isEqualTo("Q4 2059/60");
        }
    }

    private byte[] file(PackSummary pack, String name) {
        return jdbc.queryForObject("SELECT content FROM pack_file WHERE pack_id = ? AND file_name = ?", byte[].class,
                pack.id(), name);
    }
}
