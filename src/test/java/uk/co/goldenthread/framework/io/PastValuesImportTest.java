package uk.co.goldenthread.framework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.SignIn;

/** Past values come in through the Values sheet: all or nothing, every bad row named, audited, and exported back. */
@SpringBootTest
@Transactional
class PastValuesImportTest {

    private static final String HEADINGS = "measure,period,value,data as at,provisional,source\n";
    private static final String WITH_COUNT = "measure,period,value,data as at,provisional,source,count\n";

    @Autowired
    ApplicationContext context;
    @Autowired
    FrameworkImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    jakarta.persistence.EntityManager entities;

    @BeforeEach
    void signIn() {
        SignIn.as(context, "priya.shah");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void pastValuesAreImportedAuditedAndExportedSoThatARoundTripChangesNothing() {
        ImportFile file = TestFiles.csv("values.csv", HEADINGS
                + "FIN01,2017/18 Q3,80.5,31 Dec 2017,,Finance ledger\n"
                + "FIN01,Q4 2017/18,81,,yes,Finance ledger\n"
                + "FIN01,2016/17,79.9,,,Annual report\n");
        ImportPreview preview = imports.preview(List.of(file), ImportOptions.DEFAULT, ProgressListener.NONE);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).hasSize(3);
        long auditBefore = count("audit_entry");
        imports.apply(List.of(file), ImportOptions.DEFAULT, ProgressListener.NONE);
        entities.flush();

        assertThat(jdbc.queryForList("SELECT financial_year, quarter, period_value, provisional, source FROM "
                + "measure_value v JOIN measure m ON m.id = v.measure_id WHERE m.code = 'FIN01' ORDER BY financial_year,"
                + " quarter")).hasSize(3).first().satisfies(row -> {
                    assertThat(row.get("financial_year")).isEqualTo(2016);
                    assertThat(row.get("quarter")).isNull();
                    assertThat(row.get("source")).isEqualTo("Annual report");
                });
        assertThat(count("audit_entry")).as("one entry per measure, not one per value").isEqualTo(auditBefore + 1);
        assertThat(jdbc.queryForObject("SELECT new_value FROM audit_entry WHERE field = 'Values FIN01' ORDER BY id DESC "
                + "LIMIT 1", String.class)).isEqualTo("3 past values added by import: 2016/17 to 2017/18 Q4");

        Map<String, String> export = TestFiles.unzip(imports.exportCsvZip());
        assertThat(export.get("values.csv")).contains("FIN01,2017/18 Q4,81,,yes,Finance ledger");
        ImportPreview again = imports.preview(List.of(new ImportFile("export.zip", TestFiles.zip(export))),
                ImportOptions.DEFAULT, ProgressListener.NONE);
        assertThat(again.problems()).isEmpty();
        assertThat(again.changesNothing()).isTrue();
        ImportPreview excel = imports.preview(List.of(new ImportFile("export.xlsx", imports.exportXlsx())),
                ImportOptions.DEFAULT, ProgressListener.NONE);
        assertThat(excel.changesNothing()).isTrue();
    }

    @Test
    void aValuesOnlyImportSaysHowFarItHasGotWhileItSavesThem() {
        var rows = new StringBuilder(HEADINGS);
        for (int year = 2000; year < 2019; year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                for (String code : List.of("FIN01", "FIN02", "ICT01", "PEO03")) {
                    rows.append(code).append(',').append(year).append('/').append(String.format("%02d", (year + 1) % 100))
                            .append(" Q").append(quarter).append(",50,,,Ledger\n");
                }
            }
        }
        List<String> steps = new java.util.ArrayList<>();
        List<Double> fractions = new java.util.ArrayList<>();
        imports.apply(List.of(TestFiles.csv("values.csv", rows.toString())), ImportOptions.DEFAULT, (fraction, step) -> {
            steps.add(step);
            fractions.add(fraction);
        });
        assertThat(steps).as("the 304 values are saved in steps the screen can show")
                .contains("Saving past values (0 of 304)", "Saving past values (250 of 304)");
        assertThat(fractions).as("never going back").isSorted();
        assertThat(fractions.getLast()).isEqualTo(1.0);
    }

    @Test
    void anUnknownMeasureIsRefusedWithItsRowAndNothingIsSaved() {
        assertThat(refused(HEADINGS + "FIN01,2017/18 Q3,80.5,,,\nNOPE99,2017/18 Q3,1,,,\n"))
                .containsExactly("Sheet values.csv, row 3, column measure names the measure 'NOPE99', which is not in "
                        + "the Measures sheet nor in Golden Thread.");
    }

    @Test
    void aPeriodThatHasNotBegunOrIsNotAPeriodIsRefused() {
        assertThat(refused(HEADINGS + "FIN01,2090/91 Q2,80.5,,,\nFIN01,2017/19,80,,,\nFIN01,Q5 2017/18,80,,,\n"))
                .satisfiesExactlyInAnyOrder(
                        m -> assertThat(m).startsWith("Sheet values.csv, row 2, column period: '2090/91 Q2' has not "
                                + "begun yet"),
                        m -> assertThat(m).startsWith("Sheet values.csv, row 3, column period: '2017/19' is not a "
                                + "period; write a quarter like 2017/18 Q3"),
                        m -> assertThat(m).startsWith("Sheet values.csv, row 4, column period: 'Q5 2017/18' is not a "
                                + "period"));
    }

    @Test
    void aDuplicatePeriodIsRefused() {
        assertThat(refused(HEADINGS + "FIN01,2017/18 Q3,80.5,,,\nFIN01,Q3 2017/18,81,,,\n"))
                .containsExactly("Sheet values.csv, row 3, column period repeats the value FIN01, 2017/18 Q3 of row 2; "
                        + "each must appear once.");
    }

    @Test
    void aValueThatIsNotANumberOrHasTooManyDecimalPlacesIsRefused() {
        assertThat(refused(HEADINGS + "FIN01,2017/18 Q1,eighty,,,\nFIN01,2017/18 Q2,80.55,,,\nFIN01,2017/18 Q3,,,,\n"))
                .satisfiesExactlyInAnyOrder(
                        m -> assertThat(m).startsWith("Sheet values.csv, row 2, column value: 'eighty' is not a number"),
                        m -> assertThat(m).isEqualTo("Sheet values.csv, row 3, column value: '80.55' has 2 decimal "
                                + "places; FIN01 is reported with at most 1."),
                        m -> assertThat(m).startsWith("Sheet values.csv, row 4, column value is blank"));
    }

    @Test
    void theCountBehindAValueIsImportedAndExportedSoThatARoundTripChangesNothing() {
        ImportFile file = TestFiles.csv("values.csv", WITH_COUNT
                + "FIN01,2017/18 Q3,80.5,,,Finance ledger,12\n"
                + "FIN01,2017/18 Q4,81,,,Finance ledger,\n");
        imports.apply(List.of(file), ImportOptions.DEFAULT, ProgressListener.NONE);
        entities.flush();
        assertThat(jdbc.queryForList("SELECT value_count FROM measure_value v JOIN measure m ON m.id = v.measure_id "
                + "WHERE m.code = 'FIN01' ORDER BY financial_year, quarter", java.math.BigDecimal.class))
                .usingElementComparator(java.util.Comparator.nullsFirst(java.math.BigDecimal::compareTo))
                .containsExactly(new java.math.BigDecimal("12"), null);

        Map<String, String> export = TestFiles.unzip(imports.exportCsvZip());
        assertThat(export.get("values.csv")).contains("measure,period,value,data as at,provisional,source,count\r\n",
                "FIN01,2017/18 Q3,80.5,,,Finance ledger,12\r\n", "FIN01,2017/18 Q4,81,,,Finance ledger,\r\n");
        ImportPreview again = imports.preview(List.of(new ImportFile("export.zip", TestFiles.zip(export))),
                ImportOptions.DEFAULT, ProgressListener.NONE);
        assertThat(again.changesNothing()).isTrue();
        assertThat(imports.preview(List.of(new ImportFile("export.xlsx", imports.exportXlsx())),
                ImportOptions.DEFAULT, ProgressListener.NONE).changesNothing()).isTrue();

        ImportPreview recount = imports.preview(List.of(TestFiles.csv("values.csv", WITH_COUNT
                + "FIN01,2017/18 Q3,80.5,,,Finance ledger,14\n")), ImportOptions.DEFAULT, ProgressListener.NONE);
        assertThat(recount.changes()).as("a new count is a change of the value's row").hasSize(1);
    }

    @Test
    void aCountThatIsNotAWholeNumberOfZeroOrMoreIsRefusedWithItsRowAndNothingIsSaved() {
        assertThat(refused(WITH_COUNT + "FIN01,2017/18 Q1,80.5,,,,twelve\nFIN01,2017/18 Q2,80.5,,,,-3\n"
                + "FIN01,2017/18 Q3,80.5,,,,12.5\nFIN01,2017/18 Q4,80.5,,,,12\n"))
                .containsExactlyInAnyOrder(
                        "Sheet values.csv, row 2, column count: 'twelve' is not a count; give the whole number behind "
                                + "the value (its count or denominator), such as 12, or leave it blank.",
                        "Sheet values.csv, row 3, column count: '-3' is not a count; give the whole number behind "
                                + "the value (its count or denominator), such as 12, or leave it blank.",
                        "Sheet values.csv, row 4, column count: '12.5' is not a count; give the whole number behind "
                                + "the value (its count or denominator), such as 12, or leave it blank.");
    }

    private List<String> refused(String csv) {
        TableCounts before = TableCounts.of(jdbc);
        ImportFile file = TestFiles.csv("values.csv", csv);
        ImportPreview preview = imports.preview(List.of(file), ImportOptions.DEFAULT, ProgressListener.NONE);
        assertThatThrownBy(() -> imports.apply(List.of(file), ImportOptions.DEFAULT, ProgressListener.NONE))
                .isInstanceOf(ImportRefusedException.class).hasMessageStartingWith("Nothing was imported.");
        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
        return preview.problems().stream().map(ImportProblem::message).toList();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
