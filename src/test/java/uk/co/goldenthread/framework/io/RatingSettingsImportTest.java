package uk.co.goldenthread.framework.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.measures.MeasureQueryService;
import uk.co.goldenthread.framework.measures.MeasureFilter;
import uk.co.goldenthread.framework.measures.MeasureForm;

/** A measure's rating settings travel in the import format's Measures sheet: imported, refused when bad, exported. */
@SpringBootTest
@Transactional
class RatingSettingsImportTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    FrameworkImportService imports;
    @Autowired
    FrameworkAdminService admin;
    @Autowired
    MeasureQueryService measureQueries;

    @BeforeEach
    void signIn() {
        SignIn.as(context, "priya.shah");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void stableWithinAndMinimumCountAreImportedAndExportedSoThatARoundTripChangesNothing() throws IOException {
        ImportFile file = fin01With("2 %", "10");
        ImportPreview preview = imports.preview(List.of(file), ImportOptions.DEFAULT, ProgressListener.NONE);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).singleElement().satisfies(c -> assertThat(c.fields())
                .extracting(ImportChange.Field::name, ImportChange.Field::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stable within", "2%"),
                        org.assertj.core.groups.Tuple.tuple("minimum count", "10")));
        imports.apply(List.of(file), ImportOptions.DEFAULT, ProgressListener.NONE);

        MeasureForm saved = measureQueries.measureForm(fin01Id());
        assertThat(saved.stableWithin()).isEqualByComparingTo("2");
        assertThat(saved.stableWithinPercent()).isTrue();
        assertThat(saved.minimumCount()).isEqualByComparingTo("10");
        assertThat(measuresCsv()).contains("2%,10");
        assertThat(imports.preview(List.of(new ImportFile("export.zip", imports.exportCsvZip())), ImportOptions.DEFAULT,
                ProgressListener.NONE).changesNothing()).isTrue();
        assertThat(imports.preview(List.of(new ImportFile("export.xlsx", imports.exportXlsx())), ImportOptions.DEFAULT,
                ProgressListener.NONE).changesNothing()).isTrue();
    }

    @Test
    void aZeroThresholdIsTheDefaultAndChangesNothing() throws IOException {
        assertThat(imports.preview(List.of(fin01With("0", "0")), ImportOptions.DEFAULT, ProgressListener.NONE)
                .changesNothing()).isTrue();
    }

    @Test
    void aBadThresholdOrCountIsRefusedWithItsColumn() throws IOException {
        ImportPreview preview = imports.preview(List.of(fin01With("-1", "2.5")), ImportOptions.DEFAULT,
                ProgressListener.NONE);
        assertThat(preview.problems()).extracting(ImportProblem::toString).containsExactly(
                "Sheet measures.csv, row 2, column stable within: '-1' is not a threshold; give an amount in the "
                        + "measure's unit such as 0.5, or a percentage of the earlier value such as 2%, 0 or more (a "
                        + "percentage at most 100%).",
                "Sheet measures.csv, row 2, column minimum count: '2.5' must be a whole number from 0 to 1000000000.");
    }

    private ImportFile fin01With(String stableWithin, String minimumCount) throws IOException {
        CSVRecord fin01 = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(measuresCsv().replace("\uFEFF", ""))).stream().filter(r -> r.get("code").equals("FIN01"))
                .findFirst().orElseThrow();
        Map<String, String> values = new LinkedHashMap<>(fin01.toMap());
        values.put("stable within", stableWithin);
        values.put("minimum count", minimumCount);
        String row = Table.MEASURES.columns().stream().map(c -> values.getOrDefault(c, ""))
                .map(v -> '"' + v.replace("\"", "\"\"") + '"').collect(Collectors.joining(","));
        return TestFiles.csv("measures.csv", String.join(",", Table.MEASURES.columns()) + "\n" + row + "\n");
    }

    private String measuresCsv() {
        return TestFiles.unzip(imports.exportCsvZip()).get("measures.csv");
    }

    private long fin01Id() {
        return measureQueries.findMeasures(new MeasureFilter("FIN01", null, null, null, null), 0, 10).stream()
                .filter(m -> m.code().equals("FIN01")).findFirst().orElseThrow().id();
    }
}
