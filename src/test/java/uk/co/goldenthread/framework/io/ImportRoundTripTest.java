package uk.co.goldenthread.framework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.MeasureStatus;
import uk.co.goldenthread.framework.io.TableCounts;
import uk.co.goldenthread.framework.io.TestFiles;
import uk.co.goldenthread.framework.io.FrameworkImportService;
import uk.co.goldenthread.framework.io.ImportChange;
import uk.co.goldenthread.framework.io.ImportFile;
import uk.co.goldenthread.framework.io.ImportOptions;
import uk.co.goldenthread.framework.io.ImportPreview;
import uk.co.goldenthread.framework.io.ImportProblem;
import uk.co.goldenthread.framework.io.ImportRefusedException;
import uk.co.goldenthread.framework.io.ProgressListener;
import uk.co.goldenthread.framework.structure.domain.Council;
import uk.co.goldenthread.framework.io.Table;

/** An export imported again changes nothing; an edited export changes just what was edited; retiring is guarded. */
@SpringBootTest
@Transactional
class ImportRoundTripTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    FrameworkImportService imports;
    @Autowired
    FrameworkService framework;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    jakarta.persistence.EntityManager entityManager;

    @BeforeEach
    void signIn() {
        SignIn.as(context, "priya.shah");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private ImportPreview preview(ImportOptions options, ImportFile... files) {
        return imports.preview(List.of(files), options, ProgressListener.NONE);
    }

    private static String row(Table table, Map<String, String> values) {
        return table.columns().stream().map(c -> values.getOrDefault(c, "")).map(v -> v.contains(",") ? '"' + v + '"' : v)
                .collect(Collectors.joining(","));
    }

    @Test
    void anExportImportedAgainChangesNothingAsExcelAndAsCsv() {
        imports.loadShipped("warwickshire-2019", new uk.co.goldenthread.framework.io.ImportOptions(false, "Demo intention left behind"), ProgressListener.NONE);
        var extras = TestFiles.workbook()
                .sheet("Targets", Table.TARGETS.columns(), List.of("WAR-KBM-03", "2019/20", "", "100"),
                        List.of("WAR-KBM-03", "2019/20", "Q3", "97.25"))
                .sheet("Comparators", Table.COMPARATORS.columns(), List.of("WAR-KBM-03", "England average", "2018/19",
                        "-1.5"))
                .sheet("Milestones", Table.MILESTONES.columns(), List.of("WAR-INT-01", "MTFP agreed by Council",
                        "2020-02-04"))
                .sheet("People", Table.PEOPLE.columns(), List.of("zoe.lefevre", "Zoë Lefèvre", "Adviser, £ savings",
                        "", "AD Delivery; Scrutiny member", "2020-03-31"))
                .file("extras.xlsx");
        imports.apply(List.of(extras), ImportOptions.DEFAULT, ProgressListener.NONE);

        ImportPreview excel = preview(ImportOptions.DEFAULT, new ImportFile("export.xlsx", imports.exportXlsx()));
        assertThat(excel.problems()).isEmpty();
        assertThat(excel.changes()).isEmpty();
        assertThat(excel.count("Measures").isEmpty()).isTrue();
        ImportPreview csv = preview(new ImportOptions(true), new ImportFile("export.zip", imports.exportCsvZip()));
        assertThat(csv.problems()).isEmpty();
        assertThat(csv.changesNothing()).isTrue();
        assertThat(framework.targetFor(measureId("WAR-KBM-03"), new uk.co.goldenthread.base.FinancialQuarter(2019, 3)))
                .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("97.25"));
    }

    @Test
    void anEditedExportChangesOnlyWhatWasEditedAndTheAuditSaysSo() {
        Map<String, String> files = TestFiles.unzip(imports.exportCsvZip());
        files.put("measures.csv", files.get("measures.csv").replace("% of capital expenditure against budget",
                "% of capital spend against budget"));
        ImportPreview preview = preview(ImportOptions.DEFAULT, new ImportFile("edited.zip", TestFiles.zip(files)));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ImportChange.Kind.CHANGE);
            assertThat(c.key()).isEqualTo("FIN01");
            assertThat(c.fields()).containsExactly(new ImportChange.Field("title",
                    "% of capital expenditure against budget", "% of capital spend against budget"));
        });
        imports.apply(List.of(new ImportFile("edited.zip", TestFiles.zip(files))), ImportOptions.DEFAULT,
                ProgressListener.NONE);
        assertThat(framework.measure(measureId("FIN01")).title()).isEqualTo("% of capital spend against budget");
        assertThat(audit.history("Framework", Council.THE_COUNCIL)).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("Measure FIN01 title");
            assertThat(r.oldValue()).isEqualTo("% of capital expenditure against budget");
            assertThat(r.actor()).isEqualTo("priya.shah");
        });
    }

    @Test
    void measuresMissingFromTheFileAreRetiredOnlyWhenAsked() {
        imports.loadShipped("kent-2015-19", ProgressListener.NONE);
        Map<String, String> files = TestFiles.unzip(imports.exportCsvZip());
        files.put("measures.csv", files.get("measures.csv").lines().filter(l -> !l.startsWith("KEN-CH-01,"))
                .collect(Collectors.joining("\r\n")));
        var file = new ImportFile("without-one.zip", TestFiles.zip(files));
        assertThat(preview(ImportOptions.DEFAULT, file).changesNothing()).isTrue();

        ImportPreview retiring = preview(new ImportOptions(true), file);
        assertThat(retiring.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ImportChange.Kind.RETIRE);
            assertThat(c.key()).isEqualTo("KEN-CH-01");
        });
        assertThat(retiring.count("Measures").retired()).isEqualTo(1);
        imports.apply(List.of(file), new ImportOptions(true), ProgressListener.NONE);
        assertThat(framework.measure(measureId("KEN-CH-01")).status()).isEqualTo(MeasureStatus.RETIRED);
    }

    @Test
    void aMeasureThatAnOpenReturnUsesIsNotRetiredAndTheReturnIsNamed() {
        new Journeys(context).openQuarter(2024, 2);
        SignIn.as(context, "priya.shah");
        Map<String, String> files = new LinkedHashMap<>(TestFiles.unzip(imports.exportCsvZip()));
        files.put("measures.csv", files.get("measures.csv").lines().filter(l -> !l.startsWith("FIN01,"))
                .collect(Collectors.joining("\n")));
        var file = new ImportFile("without-fin01.zip", TestFiles.zip(files));
        entityManager.flush(); // what the test has written so far is counted (the import writes whatever is pending)
        TableCounts before = TableCounts.of(jdbc);

        ImportPreview preview = preview(new ImportOptions(true), file);
        assertThat(preview.problems()).singleElement().extracting(ImportProblem::message).asString()
                .startsWith("Sheet Measures, column status: Measure FIN01 cannot be retired while open returns use it:")
                .contains("Q2 2024/25 Strategic Finance (James Lewis)");
        assertThatThrownBy(() -> imports.apply(List.of(file), new ImportOptions(true), ProgressListener.NONE))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("Q2 2024/25 Strategic Finance");
        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
        assertThat(framework.measure(measureId("FIN01")).status()).isEqualTo(MeasureStatus.ACTIVE);
    }

    @Test
    void theTemplateHasEveryHeadingAndImportsAsNothing() {
        ImportPreview preview = preview(ImportOptions.DEFAULT, new ImportFile("template.xlsx", imports.template()));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changesNothing()).isTrue();
        assertThat(preview.counts()).hasSize(Table.values().length);
    }

    private long measureId(String code) {
        return jdbc.queryForObject("SELECT id FROM measure WHERE code = ?", Long.class, code);
    }
}
