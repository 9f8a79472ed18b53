package uk.co.goldenthread.framework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.framework.FrameworkService;

/**
 * An import that would leave a measure or intention with no return is refused, naming it, and changes nothing. With
 * the demo data, Warwickshire's file takes over the demo's Strategic Finance area (areas are matched by name), so the
 * demo's intention INT-FIN-01, owned by the area's old AD Delivery, would go nowhere. Not transactional: the refused
 * import rolls back by itself.
 */
@SpringBootTest
class ImportNoRouteTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    FrameworkImportService imports;
    @Autowired
    FrameworkService framework;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anImportThatWouldLeaveAnIntentionWithNoReturnIsRefusedNamingIt() {
        SignIn.as(context, "priya.shah");
        long measures = framework.measureCount();
        var financeBefore = framework.areas().stream().filter(a -> a.name().equals("Strategic Finance"))
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> imports.loadShipped("warwickshire-2019", ProgressListener.NONE))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("Nothing was imported")
                .hasMessageContaining("INT-FIN-01 (owner is not an AD of Strategic Finance)")
                .hasMessageContaining("give the reason for importing anyway");

        assertThat(framework.measureCount()).isEqualTo(measures);
        assertThat(framework.areas()).filteredOn(a -> a.name().equals("Strategic Finance")).singleElement()
                .satisfies(a -> assertThat(a.adDeliveryIds()).isEqualTo(financeBefore.adDeliveryIds()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM measure WHERE code LIKE 'WAR-%'", Long.class)).isZero();
    }

    @Test
    void thePreviewWarnsOfEveryMeasureOrIntentionTheImportWouldLeaveWithNoReturnAndChangesNothing() {
        SignIn.as(context, "priya.shah");
        long measures = framework.measureCount();

        ImportPreview preview = imports.previewShipped("warwickshire-2019", ProgressListener.NONE);

        assertThat(preview.hasProblems()).isFalse();
        assertThat(preview.noRoute()).as("what Apply would refuse").contains(
                "INT-FIN-01 (owner is not an AD of Strategic Finance)");
        assertThat(framework.measureCount()).as("the preview changes nothing").isEqualTo(measures);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM measure WHERE code LIKE 'WAR-%'", Long.class)).isZero();
    }
}
