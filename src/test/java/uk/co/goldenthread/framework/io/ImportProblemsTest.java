package uk.co.goldenthread.framework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.SignIn;

/** Every kind of bad file is refused with its sheet, row and column and a plain reason, and nothing changes. */
@SpringBootTest
@Transactional
class ImportProblemsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    FrameworkImportService imports;
    @Autowired
    JdbcTemplate jdbc;

    TableCounts before;

    @BeforeEach
    void signIn() {
        SignIn.as(context, "priya.shah");
        before = TableCounts.of(jdbc);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** Previews and tries to apply the files: both refuse, with these messages, and nothing is changed. */
    private List<String> refused(ImportFile... files) {
        ImportPreview preview = imports.preview(List.of(files), ImportOptions.DEFAULT, ProgressListener.NONE);
        assertThat(preview.problems()).isNotEmpty();
        assertThatThrownBy(() -> imports.apply(List.of(files), ImportOptions.DEFAULT, ProgressListener.NONE))
                .isInstanceOf(ImportRefusedException.class).hasMessageStartingWith("Nothing was imported.");
        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
        return preview.problems().stream().map(ImportProblem::message).toList();
    }

    private static List<String> measureRow(Map<String, String> values) {
        return Table.MEASURES.columns().stream().map(c -> values.getOrDefault(c, "")).toList();
    }

    @Test
    void aFormulaIsRefusedNamingItsCell() {
        var file = TestFiles.workbook().sheet("Measures", Table.MEASURES.columns(),
                measureRow(Map.of("code", "T1", "type", "KBM", "title", "One")), null, null, null, null,
                measureRow(Map.of("code", "T2", "type", "KBM", "title", "Two", "decimal places", "=1+1"))).file("f.xlsx");
        assertThat(refused(file)).containsExactly("Sheet Measures, row 7, column J holds a formula; paste values only");
    }

    @Test
    void mergedCellsAreRefused() {
        var file = TestFiles.workbook().sheet("Measures", Table.MEASURES.columns(), null,
                measureRow(Map.of("code", "T1", "type", "KBM", "title", "One")),
                measureRow(Map.of("code", "T2", "type", "kpi", "title", "Two"))).merge("Measures", "C3:D3")
                .file("f.xlsx");
        assertThat(refused(file)).containsExactly(
                "Sheet Measures, row 3, column C is part of merged cells C3:D3; unmerge them so each value has its own cell.");
    }

    @Test
    void anUnknownColumnOrSheetIsRefusedByName() {
        List<String> headings = new java.util.ArrayList<>(Table.MEASURES.columns());
        headings.add("Colour");
        var file = TestFiles.workbook().sheet("Measures", headings).sheet("Budgets", List.of("a"))
                .sheet("Instructions", List.of("Read me")).file("f.xlsx");
        assertThat(refused(file)).containsExactlyInAnyOrder(
                "Sheet Measures, row 1, column AF has the heading 'Colour', which is not a column of Measures. Remove "
                        + "that column; the columns are: " + String.join(", ", Table.MEASURES.columns()) + ".",
                "Sheet Budgets is not a table of the import format. Rename or remove it; the tables are: "
                        + "Framework, People, Outcomes, Directorates, Commissioning areas, Measures, Targets, Intentions, "
                        + "Milestones, Comparators, Values.");
    }

    @Test
    void aDamagedWorkbookAndAFileOfAnotherKindAreRefusedWhateverTheirName() {
        byte[] damaged = TestFiles.workbook().sheet("Measures", Table.MEASURES.columns()).file("f.xlsx").content();
        assertThat(refused(new ImportFile("framework.xlsx", java.util.Arrays.copyOf(damaged, damaged.length / 2))))
                .singleElement().asString().startsWith("framework.xlsx could not be read as an Excel workbook");
        assertThat(refused(new ImportFile("framework.xlsx", "%PDF-1.7 not a workbook".getBytes(StandardCharsets.UTF_8))))
                .singleElement().asString().startsWith("framework.xlsx is not an Excel workbook (.xlsx), a CSV file");
        assertThat(refused(new ImportFile("measures.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0})))
                .singleElement().asString().startsWith("measures.csv is not an Excel workbook (.xlsx), a CSV file");
        assertThat(refused(new ImportFile("measures.csv", "code,title\nA1,Caf\u00e9 \u00a3".getBytes(
                StandardCharsets.ISO_8859_1)))).singleElement().asString().startsWith("measures.csv is not UTF-8 text");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() {
        var endless = new InputStream() {
            long read;

            @Override
            public int read() {
                read++;
                return 'a';
            }
        };
        ImportPreview preview = imports.preview("huge.csv", endless, ImportOptions.DEFAULT, ProgressListener.NONE);
        assertThat(preview.problems()).singleElement().extracting(ImportProblem::message).asString()
                .startsWith("huge.csv is larger than the limit of 50 MB");
        assertThat(endless.read).isEqualTo(50L * 1024 * 1024 + 1);
        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void everyProblemOfEveryRowIsReportedAtOnce() {
        String measures = String.join(",", Table.MEASURES.columns()) + "\n"
                + "X1,KBM,Duplicated,,,,O99,nobody.here,%,7,,,,5,,,,,yes,,,,,,,,\n"
                + "X1,KBM,Twice,,No such directorate,,,,,,within band,,,,fortnightly,,,,,,,,,,,,\n"
                + "X2,KBM,No polarity but a target,,,Nowhere,,,,,,,,,,,,,,,,,,,,,\n";
        String targets = "measure,financial year,quarter,target\nX2,2019/21,Q5,lots\nX9,2019/20,,1\n";
        String outcomes = "code,title,parent,level\nO1,An outcome,O404,Vision\n";
        var zip = new ImportFile("framework.zip", TestFiles.zip(Map.of("measures.csv", measures, "targets.csv", targets,
                "outcomes.csv", outcomes)));
        assertThat(refused(zip)).containsExactlyInAnyOrder(
                "Sheet outcomes.csv, row 2, column parent names the parent outcome 'O404', which is not in the Outcomes "
                        + "sheet nor in Golden Thread.",
                "Sheet measures.csv, row 2, column decimal places: '7' must be a whole number from 0 to 4.",
                "Sheet measures.csv, row 2, column polarity is blank but a tolerance is given; say which way is good: "
                        + "higher is better, lower is better, within band.",
                "Sheet measures.csv, row 2, column proxy rationale is blank; a proxy measure needs the reason a proxy "
                        + "is used.",
                "Sheet measures.csv, row 2, column owner names 'nobody.here', who is not in the People sheet nor in "
                        + "Golden Thread; add them to the People sheet.",
                "Sheet measures.csv, row 2, column outcome names the outcome 'O99', which is not in the Outcomes sheet "
                        + "nor in Golden Thread.",
                "Sheet measures.csv, row 3, column code repeats the code 'X1' of row 2; each must appear once.",
                "Sheet measures.csv, row 3, column band lower is blank; \"within band\" needs both band lower and band "
                        + "upper.",
                "Sheet measures.csv, row 3, column frequency: 'fortnightly' is not allowed here; use one of: monthly, "
                        + "quarterly, termly, annual.",
                "Sheet measures.csv, row 4, column commissioning area names the commissioning area 'Nowhere', which is "
                        + "not in the Commissioning areas sheet nor in Golden Thread.",
                "Sheet measures.csv, row 4, column polarity is blank but the measure has a target (Targets row 2); say "
                        + "which way is good: higher is better, lower is better, within band.",
                "Sheet targets.csv, row 2, column financial year: '2019/21' is not a financial year; write it like "
                        + "2019/20, with consecutive years.",
                "Sheet targets.csv, row 2, column quarter: 'Q5' is not a quarter; use Q1, Q2, Q3 or Q4 (April to June "
                        + "is Q1), or leave it blank for the whole year.",
                "Sheet targets.csv, row 2, column target: 'lots' is not a number; use digits with a full stop for "
                        + "decimals and no thousands separators or units, for example 1250.5.",
                "Sheet targets.csv, row 3, column measure names the measure 'X9', which is not in the Measures sheet "
                        + "nor in Golden Thread.");
    }

    @Test
    void aBandNeedsBothLimitsAndUnknownDirectoratesAndWordsAreNamed() {
        String measures = String.join(",", Table.MEASURES.columns()) + "\n"
                + "X3,KBM,Band,,No such directorate,,,,,,within band,-2,,,fortnightly,,,,,,,,,,,,\n";
        assertThat(refused(TestFiles.csv("measures.csv", "\uFEFF" + measures))).containsExactlyInAnyOrder(
                "Sheet measures.csv, row 2, column directorate names the directorate 'No such directorate', which is "
                        + "not in the Directorates sheet nor in Golden Thread.",
                "Sheet measures.csv, row 2, column band upper is blank; \"within band\" needs both band lower and band "
                        + "upper.",
                "Sheet measures.csv, row 2, column frequency: 'fortnightly' is not allowed here; use one of: monthly, "
                        + "quarterly, termly, annual.");
    }

    @Test
    void onlyThePerformanceTeamImportsOrExports() {
        SignIn.as(context, "james.lewis");
        assertThatThrownBy(() -> imports.exportXlsx()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.preview("m.csv", new ByteArrayInputStream(new byte[0]), ImportOptions.DEFAULT,
                ProgressListener.NONE)).isInstanceOf(AccessDeniedException.class);
    }
}
