package uk.co.goldenthread.framework.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.io.TestFiles;
import uk.co.goldenthread.framework.io.FrameworkImportService;
import uk.co.goldenthread.framework.io.ImportPreview;
import uk.co.goldenthread.framework.io.ImportResult;
import uk.co.goldenthread.framework.io.ProgressListener;
import uk.co.goldenthread.framework.structure.domain.Council;
import uk.co.goldenthread.people.PeopleService;

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
}
