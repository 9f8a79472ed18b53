package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.framework.io.FrameworkImportService;
import uk.co.goldenthread.framework.io.ImportFile;
import uk.co.goldenthread.framework.io.ImportOptions;
import uk.co.goldenthread.framework.io.ProgressListener;
import uk.co.goldenthread.packs.render.DataRows;
import uk.co.goldenthread.packs.snapshot.CanonicalJson;

/** Compiling renders every format once and stores it; each format read back says what the snapshot says. */
@SpringBootTest
@Transactional
class PackFilesTest {

    static final String LONG_CODE = "IND-" + "X".repeat(36);

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
    void anIndicatorWithAFortyCharacterCodeCompilesIntoThePack() {
        addIndicator();
        PackSummary pack = compiledPack(2021, 3);
        assertThat(packs.content(pack.id()).lines()).anyMatch(l -> l.code().equals(LONG_CODE));
        assertThat(jdbc.queryForObject("SELECT measure_kind FROM pack_line WHERE pack_id = ? AND measure_code = ?",
                String.class, pack.id(), LONG_CODE)).isEqualTo("INDICATOR");
    }

    @Test
    void everyFormatReadBackHoldsTheSnapshotAndItsHash() throws Exception {
        PackSummary pack = compiledPack(2021, 2);
        String sha = pack.sha256();
        assertThat(sha).hasSize(64);

        JsonNode json = CanonicalJson.mapper().readTree(file(pack, "pack.json"));
        assertThat(json.get("sha256").asString()).isEqualTo(sha);
        assertThat(CanonicalJson.sha256(CanonicalJson.of(json.get("snapshot")))).isEqualTo(sha);
        String raw = new String(file(pack, "pack.json"), StandardCharsets.UTF_8);
        String member = raw.substring(raw.indexOf("\"snapshot\":") + "\"snapshot\":".length(), raw.length() - 1);
        assertThat(CanonicalJson.sha256(member)).as("the snapshot member is the hashed bytes").isEqualTo(sha);
        JsonNode schema = CanonicalJson.mapper().readTree(java.nio.file.Path.of("docs", "pack.schema.json").toFile());
        assertThat(SchemaCheck.problems(schema, json)).as("pack.json against docs/pack.schema.json").isEmpty();
        var broken = (tools.jackson.databind.node.ObjectNode) json.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) broken.get("snapshot")).remove("council");
        ((tools.jackson.databind.node.ObjectNode) broken.get("snapshot")).put("surprise", 1);
        assertThat(SchemaCheck.problems(schema, broken)).containsExactlyInAnyOrder("$.snapshot: missing council",
                "$.snapshot: unexpected member surprise");
        JsonNode fin01 = measure(json, "FIN01");
        assertThat(fin01.get("value").decimalValue()).isEqualByComparingTo("88.5");
        assertThat(fin01.get("kind").asString()).isEqualTo("KBM");
        assertThat(fin01.get("directionOnSamePeriodLastYear")).isNotNull();

        String html = new String(file(pack, "pack.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"en-GB\"", "Skip to main content", "Open Government Licence v3.0",
                "Executive summary", "Exceptions", "Measures by outcome", "Data-quality annex", "Missing returns",
                "88.5%", sha);
        String annex = section(html, "data-quality");
        JsonNode quality = json.get("snapshot").get("dataQuality");
        int findings = 0;
        for (String kind : List.of("missingValues", "missingTargets", "proxies", "missingReturns", "lateReturns")) {
            for (JsonNode finding : quality.get(kind)) {
                assertThat(annex).as(kind).contains(org.springframework.web.util.HtmlUtils.htmlEscape(finding.asString()));
                findings++;
            }
        }
        assertThat(findings).as("the annex of this pack has findings to show").isPositive();
        String intentions = section(html, "intentions");
        for (JsonNode intention : json.get("snapshot").get("intentions")) {
            assertThat(intentions).contains(org.springframework.web.util.HtmlUtils.htmlEscape(intention.get("title").asString()));
            for (JsonNode milestone : intention.get("milestones")) {
                assertThat(intentions).contains(org.springframework.web.util.HtmlUtils.htmlEscape(milestone.get("title").asString()));
            }
        }

        try (var pdf = Loader.loadPDF(file(pack, "pack.pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Performance report Q2 2021/22", "Executive summary", "FIN01", "88.5%");
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf)).as("page " + page).contains("SHA-256 " + sha);
            }
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Performance report Q2 2021/22");
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().children()).extracting(o -> o.getTitle())
                    .contains("Executive summary", "Exceptions", "Measures by outcome");
        }

        List<List<String>> expected = new ArrayList<>();
        var snapshot = CanonicalJson.mapper().treeToValue(json.get("snapshot"),
                uk.co.goldenthread.packs.snapshot.PackSnapshot.class);
        for (List<?> row : DataRows.of(snapshot, sha)) {
            expected.add(row.stream().map(c -> c == null ? "" : c instanceof BigDecimal d ? d.toPlainString()
                    : c.toString()).toList());
        }
        List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(file(pack, "pack.csv"), StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        assertThat(csv.stream().map(r -> r.toList()).toList()).isEqualTo(expected);

        assertThat(csv.getFirst().get("licence")).isEqualTo("Open Government Licence v3.0");
        assertThat(csv.getFirst().get("licence_url"))
                .isEqualTo("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file(pack, "pack.xlsx")))) {
            var sheet = book.getSheet("Data");
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
            List<String> headings = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headings.add(c.getStringCellValue()));
            assertThat(headings).isEqualTo(DataRows.HEADINGS);
            for (int r = 1; r <= expected.size(); r++) {
                for (int c = 0; c < DataRows.HEADINGS.size(); c++) {
                    Cell cell = sheet.getRow(r).getCell(c, org.apache.poi.ss.usermodel.Row.MissingCellPolicy
                            .CREATE_NULL_AS_BLANK);
                    String wanted = expected.get(r - 1).get(c);
                    String where = "row " + r + " column " + DataRows.HEADINGS.get(c);
                    switch (cell.getCellType()) {
                        case NUMERIC -> assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as(where)
                                .isEqualByComparingTo(wanted);
                        case BOOLEAN -> assertThat(Boolean.toString(cell.getBooleanCellValue())).as(where)
                                .isEqualTo(wanted);
                        case BLANK -> assertThat(wanted).as(where).isEmpty();
                        default -> assertThat(cell.getStringCellValue()).as(where).isEqualTo(wanted);
                    }
                    if (DataRows.HEADINGS.get(c).equals("value") && !wanted.isEmpty()) {
                        assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                    }
                }
            }
        }
    }

    @Test
    void liveChangesAfterCompilingChangeNeitherTheFilesNorTheHash() {
        PackSummary pack = compiledPack(2021, 1);
        byte[] pdf = file(pack, "pack.pdf");
        byte[] json = file(pack, "pack.json");
        jdbc.update("UPDATE return_line SET reported_value = 12, commentary = 'Changed later'");
        jdbc.update("UPDATE measure SET title = 'Renamed later' WHERE code = 'FIN01'");
        assertThat(file(pack, "pack.pdf")).isEqualTo(pdf);
        assertThat(file(pack, "pack.json")).isEqualTo(json);
        assertThat(packs.content(pack.id()).summary().sha256()).isEqualTo(pack.sha256());
        String raw = new String(json, StandardCharsets.UTF_8);
        assertThat(CanonicalJson.sha256(raw.substring(raw.indexOf("\"snapshot\":") + 11, raw.length() - 1)))
                .isEqualTo(pack.sha256());
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnyPartOfACompiledPackOrToAddToIt() {
        PackSummary pack = compiledWithAMissingReturn(2020, 4);
        long id = pack.id();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pack_missing_return WHERE pack_id = ?", Long.class, id))
                .as("a return missing from the pack, for the statements below to act on").isOne();
        List<String> refused = new ArrayList<>(List.of("UPDATE pack_file SET media_type = 'text/plain' WHERE pack_id = ?",
                "DELETE FROM pack_file WHERE pack_id = ?", "UPDATE pack_line SET measure_title = 'x' WHERE pack_id = ?",
                "DELETE FROM pack_line WHERE pack_id = ?", "DELETE FROM pack_missing_return WHERE pack_id = ?",
                "UPDATE pack_missing_return SET ad_delivery = 'x' WHERE pack_id = ?",
                "UPDATE pack SET sha256 = REPEAT('0', 64) WHERE id = ?", "UPDATE pack SET title = 'x' WHERE id = ?",
                "DELETE FROM pack WHERE id = ?"));
        // a line or a missing return more, copied from the pack's own, once its files are rendered
        refused.add(copyOfARow("pack_line", "pack_id = ? ORDER BY sort_order LIMIT 1", "sort_order", "sort_order + 1000"));
        refused.add(copyOfARow("pack_missing_return", "pack_id = ? LIMIT 1", "sort_order", "sort_order + 1000"));
        for (String sql : refused) {
            assertThatThrownBy(() -> jdbc.update(sql, id)).as(sql).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("A compiled pack never changes");
        }

        SignIn.as(context, "priya.shah");
        packs.publishPapers(id, "Published after the dispatch date: a past quarter in the test");
        context.getBean(jakarta.persistence.EntityManager.class).flush(); // as its commit would
        String anotherFile = copyOfARow("pack_file", "pack_id = ? AND file_name = 'pack.csv'", "file_name",
                "'pack-extra.csv'");
        assertThatThrownBy(() -> jdbc.update(anotherFile, id)).as("a file more, once the papers are public")
                .isInstanceOf(DataAccessException.class).hasMessageContaining("A compiled pack never changes");
        assertThat(jdbc.queryForList("SELECT file_name FROM pack_file WHERE pack_id = ? ORDER BY file_name",
                String.class, id)).containsExactly("pack.csv", "pack.html", "pack.json", "pack.pdf", "pack.xlsx");
    }

    @Test
    void theSpreadsheetCarriesTheCoverAndTheAnnexesAsSheets() throws Exception {
        PackSummary pack = compiledWithAMissingReturn(2020, 3);
        JsonNode json = CanonicalJson.mapper().readTree(file(pack, "pack.json"));
        var snapshot = CanonicalJson.mapper().treeToValue(json.get("snapshot"),
                uk.co.goldenthread.packs.snapshot.PackSnapshot.class);
        assertThat(snapshot.missingReturns()).as("the quarter closed early with a return missing").hasSize(1);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file(pack, "pack.xlsx")))) {
            List<String> sheets = new ArrayList<>();
            book.sheetIterator().forEachRemaining(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("Data", "About", "Missing returns", "Late returns", "Data quality");

            Map<String, Cell> about = new java.util.LinkedHashMap<>();
            book.getSheet("About").forEach(row -> about.put(row.getCell(0).getStringCellValue(), row.getCell(1)));
            assertThat(about.keySet()).containsExactly("Item", "Title", "Council", "Quarter", "Version", "Compiled",
                    "Cabinet meeting", "SHA-256", "Licence", "Licence URL");
            assertThat(about.get("Quarter").getStringCellValue()).isEqualTo("Q3 2020/21");
            assertThat(about.get("Version").getNumericCellValue()).isEqualTo(1);
            assertThat(about.get("Compiled").getLocalDateTimeCellValue().withSecond(0).withNano(0))
                    .isEqualTo(snapshot.compiledAt().withSecond(0).withNano(0));
            assertThat(about.get("Cabinet meeting").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(snapshot.cabinetDate());
            var shown = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.UK);
            assertThat(shown.formatCellValue(about.get("Cabinet meeting")))
                    .isEqualTo(uk.co.goldenthread.base.UkDates.format(snapshot.cabinetDate()));
            assertThat(about.get("SHA-256").getStringCellValue()).isEqualTo(pack.sha256());
            assertThat(about.get("Licence").getStringCellValue()).isEqualTo("Open Government Licence v3.0");

            var missing = book.getSheet("Missing returns");
            assertThat(missing.getLastRowNum()).isOne();
            var row = missing.getRow(1);
            var only = snapshot.missingReturns().getFirst();
            assertThat(List.of(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(),
                    row.getCell(2).getStringCellValue())).containsExactly(only.directorate(),
                            only.commissioningArea(), only.adDelivery());
            // Q3 2020/21's returns are submitted today, long after its deadline: every one in the pack is late
            var late = book.getSheet("Late returns");
            assertThat(snapshot.lateReturns()).isNotEmpty();
            assertThat(late.getLastRowNum()).isEqualTo(snapshot.lateReturns().size());
            for (int i = 0; i < snapshot.lateReturns().size(); i++) {
                var wanted = snapshot.lateReturns().get(i);
                var cells = late.getRow(i + 1);
                assertThat(cells.getCell(1).getStringCellValue()).isEqualTo(wanted.commissioningArea());
                assertThat(cells.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(wanted.deadline());
                assertThat(cells.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(wanted.submittedOn());
                assertThat(shown.formatCellValue(cells.getCell(4))).isEqualTo(
                        uk.co.goldenthread.base.UkDates.format(wanted.submittedOn()));
            }
            List<List<String>> findings = new ArrayList<>();
            book.getSheet("Data quality").forEach(r -> findings.add(List.of(r.getCell(0).getStringCellValue(),
                    r.getCell(1).getStringCellValue())));
            assertThat(findings.getFirst()).containsExactly("Finding", "Measure or return");
            assertThat(findings).contains(List.of("Missing return", snapshot.dataQuality().missingReturns().getFirst()));
            assertThat(findings).hasSize(1 + snapshot.dataQuality().missingValues().size()
                    + snapshot.dataQuality().missingTargets().size() + snapshot.dataQuality().proxies().size()
                    + snapshot.dataQuality().missingReturns().size() + snapshot.dataQuality().lateReturns().size());
        }
    }

    /** An INSERT that copies the first row matching the condition, with one column changed (and a new id). */
    private String copyOfARow(String table, String condition, String changed, String to) {
        List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE "
                + "table_schema = DATABASE() AND table_name = ? AND column_name <> 'id' ORDER BY ordinal_position",
                String.class, table);
        String names = String.join(", ", columns);
        String values = String.join(", ", columns.stream().map(c -> c.equalsIgnoreCase(changed) ? to : c).toList());
        return "INSERT INTO " + table + " (" + names + ") SELECT " + values + " FROM " + table + " WHERE " + condition;
    }

    /** The quarter closed early with its last return unfinished, so the pack lists one missing return. */
    private PackSummary compiledWithAMissingReturn(int year, int quarter) {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(year, quarter).id();
        List<uk.co.goldenthread.quarters.ReturnSummary> returns = journeys.returnsOf(quarterId);
        for (var ret : returns.subList(0, returns.size() - 1)) {
            journeys.fillIn(ret.id(), Map.of("FIN01", "88.5"));
            journeys.submit(ret.id());
            journeys.approve(ret.id());
            journeys.signOff(ret.id());
        }
        SignIn.as(context, "priya.shah");
        context.getBean(uk.co.goldenthread.quarters.QuarterService.class).closeEarly(quarterId, "Cabinet papers are due");
        return packs.compile(quarterId);
    }

    private PackSummary compiledPack(int year, int quarter) {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(year, quarter).id();
        journeys.completeAll(quarterId, Map.of("FIN01", "88.5"));
        SignIn.as(context, "priya.shah");
        return packs.compile(quarterId);
    }

    private byte[] file(PackSummary pack, String name) {
        return jdbc.queryForObject("SELECT content FROM pack_file WHERE pack_id = ? AND file_name = ?", byte[].class,
                pack.id(), name);
    }

    /** The HTML of one section of the pack, from its opening tag to the next section's. */
    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        int end = html.indexOf("<section ", start + 1);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    private static JsonNode measure(JsonNode json, String code) {
        for (JsonNode m : json.get("snapshot").get("measures")) {
            if (m.get("code").asString().equals(code)) {
                return m;
            }
        }
        throw new AssertionError(code + " is not in the snapshot");
    }

    /** Codes of up to 40 characters come only from an import (the admin form allows 20): import one, audited. */
    private void addIndicator() {
        SignIn.as(context, "priya.shah");
        String csv = "code,type,title,definition,directorate,commissioning area,outcome,owner,unit,decimal places,"
                + "polarity,band lower,band upper,tolerance,frequency,data source,baseline value,baseline period,proxy,"
                + "proxy rationale,status,new or carried over,oba,scorecard block,improvement category,"
                + "improvement lead,notes\n" + LONG_CODE + ",Indicator,An outcome indicator with a long code,"
                + "Counted each quarter,Strategy and Commissioning of Finance and IT,Strategic Finance,,,number,0,"
                + "higher is better,,,,quarterly,,,,,,active,,,,,,\n";
        context.getBean(FrameworkImportService.class).apply(
                List.of(new ImportFile("measures.csv", csv.getBytes(StandardCharsets.UTF_8))), ImportOptions.DEFAULT,
                ProgressListener.NONE);
    }

}
