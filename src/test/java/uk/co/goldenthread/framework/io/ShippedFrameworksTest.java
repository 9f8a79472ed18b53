package uk.co.goldenthread.framework.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.Frequency;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.io.TestFiles;
import uk.co.goldenthread.framework.io.FrameworkImportService;
import uk.co.goldenthread.framework.io.ImportPreview;
import uk.co.goldenthread.framework.io.ImportResult;
import uk.co.goldenthread.framework.io.ProgressListener;
import uk.co.goldenthread.framework.structure.domain.Council;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.performance.Polarity;

/** Each shipped framework loads into the demo database as an import of its CSV files; each test is rolled back. */
@SpringBootTest
@Transactional
class ShippedFrameworksTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    FrameworkImportService imports;
    @Autowired
    FrameworkService framework;
    @Autowired
    PeopleService people;
    @Autowired
    AuditLog audit;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        SignIn.as(context, "priya.shah");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void warwickshireHasSixtyThreeKbmsFourKbisAndAPolicyAreaWithNoMeasures() {
        ImportPreview preview = imports.previewShipped("warwickshire-2019", ProgressListener.NONE);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.count("Measures").added()).isEqualTo(67);
        assertThat(preview.changes()).filteredOn(c -> c.table().equals("Measures"))
                .filteredOn(c -> c.fields().stream().anyMatch(f -> f.name().equals("type") && "KBM".equals(f.newValue())))
                .hasSize(63);
        long measuresBefore = framework.measureCount();

        ImportResult result = imports.loadShipped("warwickshire-2019", new uk.co.goldenthread.framework.io.ImportOptions(false, "Demo intention left behind"), ProgressListener.NONE);

        assertThat(framework.measureCount()).isEqualTo(measuresBefore + 67);
        List<MeasureSummary> all = framework.activeMeasures();
        assertThat(all).extracting(MeasureSummary::title).contains("% of capital expenditure against budget",
                "Pension Fund valuation maintained within specified deficit margin.",
                "% net variation to budget (0/-2%)");
        MeasureSummary band = all.stream().filter(m -> m.code().equals("WAR-KBI-02")).findFirst().orElseThrow();
        assertThat(band.bandLower()).isEqualByComparingTo("-2");
        assertThat(band.bandUpper()).isEqualByComparingTo("0");
        assertThat(band.allAds()).isTrue();
        assertThat(framework.areas()).anySatisfy(a -> {
            assertThat(a.name()).isEqualTo("Policy");
            assertThat(a.directorateName()).isEqualTo("Strategy and Commissioning of Governance and Policy");
            assertThat(all).noneMatch(m -> a.id() == (m.areaId() == null ? -1 : m.areaId()));
        });
        assertThat(people.findByUsername("harriet.dunmore")).hasValueSatisfying(p ->
                assertThat(p.jobTitle()).isEqualTo("Assistant Director Commissioning, Strategic Finance"));
        assertThat(result.frameworkVersionId()).isNotNull();
        assertThat(jdbc.queryForMap("SELECT name, cut_over_date, first_reported_year, first_reported_quarter FROM "
                + "framework_version WHERE id = ?", result.frameworkVersionId())).containsEntry("name",
                "Commissioning Intentions Performance Framework 2019").containsEntry("first_reported_year", 2019)
                .containsEntry("first_reported_quarter", 3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM measure WHERE introduced_in_version_id = ?", Long.class,
                result.frameworkVersionId())).isEqualTo(67);
        assertThat(jdbc.queryForObject("SELECT name FROM council WHERE id = 1", String.class))
                .isEqualTo("Warwickshire County Council");
        assertThat(audit.history("Framework", Council.THE_COUNCIL))
                .anySatisfy(r -> assertThat(r.field()).isEqualTo("Measure WAR-KBM-01"));
        assertThat(imports.previewShipped("warwickshire-2019", ProgressListener.NONE).changesNothing()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "essex-2014-18; 67; 7; 12; 2; Essex County Council; ESS-O1-02; Percentage of children achieving a good level of development at the age of five",
        "kent-2015-19; 4; 24; 3; 1; Kent County Council; KEN-CH-02; The number of VCS and Kent SME providers competing for contracts listed on the Kent Business Portal",
        "hampshire-2010-11; 31; 3; 35; 1; Hampshire County Council; HAM-IP-01; Improved educational attainment of Children in Care"
    })
    void theOtherShippedFrameworksLoadWithTheirExactTitles(String name, int measures, int outcomes, int people,
            int directorates, String council, String code, String title) {
        ImportPreview preview = imports.previewShipped(name, ProgressListener.NONE);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.count("Measures").added()).isEqualTo(measures);
        assertThat(preview.count("Outcomes").added()).isEqualTo(outcomes);
        assertThat(preview.count("People").added()).isEqualTo(people);
        assertThat(preview.count("Directorates").added()).as("fictional directorates, so that a quarter can run")
                .isEqualTo(directorates);

        imports.loadShipped(name, ProgressListener.NONE);

        assertThat(framework.measureCount()).isEqualTo(11 + measures);
        assertThat(imports.exportCsvZip()).isNotEmpty();
        var files = TestFiles.unzip(imports.exportCsvZip());
        assertThat(files.get("framework.csv")).contains(council);
        assertThat(files.get("measures.csv")).contains(code + ",Indicator," + (title.contains(",") ? "\"" + title + "\"" : title));
        assertThat(imports.previewShipped(name, ProgressListener.NONE).changesNothing()).isTrue();
    }

    /** A title that itself says which way is good: "Reduced ...", "Improved ...", "Increasing ...". */
    private static final Pattern DIRECTION_IN_TITLE = Pattern.compile(
            "^(Reduced|Reducing|Decreasing|Increased|Increasing|Improved|Improving|Greater)\\b.*");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"warwickshire-2019", "essex-2014-18", "kent-2015-19", "hampshire-2010-11"})
    void everyShippedMeasureHasAFrequencyAndAUnitAndSaysWhereThePaperIsSilent(String name) throws IOException {
        List<CSVRecord> measures = shippedMeasures(name);
        assertThat(measures).isNotEmpty().allSatisfy(m -> {
            String code = m.get("code");
            String notes = m.get("notes");
            assertThat(m.get("frequency")).as(code + " has a frequency").isNotBlank();
            assertThat(m.get("unit")).as(code + " has a unit").isNotBlank();
            assertThat(notes.contains("Frequency: the paper gives none") || notes.contains("Frequency: from the paper"))
                    .as(code + "'s notes say where its frequency comes from").isTrue();
            if (m.get("polarity").isBlank()) {
                assertThat(notes.contains("Polarity: the paper gives none")).as(code + "'s notes say it has no polarity")
                        .isTrue();
            }
        });
        assertThat(measures).filteredOn(m -> !m.get("polarity").isBlank()
                && !DIRECTION_IN_TITLE.matcher(m.get("title")).matches()).allSatisfy(m ->
                assertThat(m.get("notes").contains("Polarity: the paper gives none")
                        || m.get("notes").contains("Polarity: from the paper ('"))
                        .as(m.get("code") + " has a polarity its title does not give, and says where it comes from")
                        .isTrue());
    }

    @Test
    void warwickshirePolaritiesQuoteThePaperWhereItGivesADirectionAndSayWhereItGivesNone() throws IOException {
        Map<String, CSVRecord> byCode = shippedMeasures("warwickshire-2019").stream()
                .collect(Collectors.toMap(m -> m.get("code"), m -> m));

        // the paper's own words give the direction: its outcome text, the title's "reduction", the band "(0/-2%)"
        assertThat(List.of("WAR-KBM-08", "WAR-KBM-34", "WAR-KBM-35", "WAR-KBM-36", "WAR-KBM-44", "WAR-KBM-45",
                "WAR-KBM-46", "WAR-KBM-49", "WAR-KBI-02")).allSatisfy(code -> assertThat(
                byCode.get(code).get("notes").contains("Polarity: from the paper ('")).as(code).isTrue());
        assertThat(byCode.get("WAR-KBM-35").get("polarity")).isEqualTo("lower is better");
        assertThat(byCode.get("WAR-KBM-35").get("notes")).contains("reduce crime and disorder");
        assertThat(byCode.get("WAR-KBM-46").get("notes")).contains("Increase reuse, recycling and composting rates");
        assertThat(byCode.get("WAR-KBI-02").get("notes")).contains("(0/-2%)");
        // Appendix B gives no direction for these: the choice and its reason are in the notes
        assertThat(byCode.get("WAR-KBM-56").get("notes"))
                .contains("Polarity: the paper gives none; lower is better, as");
        assertThat(byCode.get("WAR-KBM-31").get("notes"))
                .contains("Polarity: the paper gives none; higher is better, as");
        // a count of children looked after could go either way: blank, and the notes say so
        assertThat(byCode.get("WAR-KBM-28").get("polarity")).isBlank();
        assertThat(byCode.get("WAR-KBM-28").get("notes")).contains("Polarity: the paper gives none");
    }

    @Test
    void namedEssexKentAndHampshireMeasuresHaveTheFrequencyTheirPaperOrTheirNatureGives() {
        imports.loadShipped("essex-2014-18", ProgressListener.NONE);
        imports.loadShipped("kent-2015-19", ProgressListener.NONE);
        imports.loadShipped("hampshire-2010-11", ProgressListener.NONE);
        Map<String, MeasureSummary> byCode = framework.activeMeasures().stream()
                .collect(Collectors.toMap(MeasureSummary::code, m -> m));

        // school attainment, residents' survey, life expectancy, earnings: annual by their nature
        assertThat(List.of("ESS-O2-02", "ESS-O3-02", "ESS-O1-02", "ESS-ECC-12", "ESS-O2-01", "ESS-O5-06",
                "KEN-CH-04", "HAM-IP-01", "HAM-CI-03", "HAM-IP-07"))
                .allSatisfy(code -> assertThat(byCode.get(code).frequency()).as(code).isEqualTo(Frequency.ANNUAL));
        assertThat(byCode.get("ESS-O2-02").notes()).contains("Frequency: the paper gives none; annual");
        // Essex reports its outcomes each quarter; Hampshire's paper says each category is reported quarterly
        assertThat(List.of("ESS-O4-01", "ESS-O3-06", "KEN-CH-02", "HAM-IP-02", "HAM-CI-01", "HAM-HL-09"))
                .allSatisfy(code -> assertThat(byCode.get(code).frequency()).as(code).isEqualTo(Frequency.QUARTERLY));
        assertThat(byCode.get("ESS-O4-01").notes()).contains("Frequency: the paper gives none; quarterly");
        assertThat(byCode.get("HAM-IP-02").notes()).contains("Frequency: from the paper");

        assertThat(byCode.get("ESS-O2-01").polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(byCode.get("ESS-ECC-01").unit().label()).isEqualTo("%");
        assertThat(byCode.get("ESS-O4-01").unit().label()).isEqualTo("rate per 1,000");
        assertThat(byCode.get("ESS-O4-02").polarity()).as("a count of child protection plans could go either way")
                .isNull();
        assertThat(byCode.get("ESS-O4-02").notes()).contains("Polarity: the paper gives none and the measure could go "
                + "either way");
        assertThat(byCode.get("KEN-CH-03").unit().label()).isEqualTo("£");
        assertThat(byCode.get("KEN-CH-03").polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(byCode.get("HAM-HL-05").polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(byCode.values()).filteredOn(m -> m.code().matches("(ESS|KEN|HAM)-.*"))
                .as("no shipped measure of these three is a milestone, which would go into no return line")
                .noneMatch(m -> m.unit().label().equals("milestone"));
    }

    private static List<CSVRecord> shippedMeasures(String name) throws IOException {
        var resource = new ClassPathResource("frameworks/" + name + "/measures.csv");
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
