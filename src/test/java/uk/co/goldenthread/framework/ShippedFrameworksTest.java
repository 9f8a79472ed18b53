package uk.co.goldenthread.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.framework.domain.Council;
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

        ImportResult result = imports.loadShipped("warwickshire-2019", ProgressListener.NONE);

        assertThat(framework.measureCount()).isEqualTo(measuresBefore + 67);
        List<MeasureView> all = framework.activeMeasures();
        assertThat(all).extracting(MeasureView::title).contains("% of capital expenditure against budget",
                "Pension Fund valuation maintained within specified deficit margin.",
                "% net variation to budget (0/-2%)");
        MeasureView band = all.stream().filter(m -> m.code().equals("WAR-KBI-02")).findFirst().orElseThrow();
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
        assertThat(audit.history("Framework", Council.THE_COUNCIL))
                .anySatisfy(r -> assertThat(r.field()).isEqualTo("Measure WAR-KBM-01"));
        assertThat(imports.previewShipped("warwickshire-2019", ProgressListener.NONE).changesNothing()).isTrue();
    }
}
