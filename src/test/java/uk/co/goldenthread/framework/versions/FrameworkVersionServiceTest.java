package uk.co.goldenthread.framework.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.framework.versions.FrameworkVersionForm;
import uk.co.goldenthread.framework.versions.FrameworkVersionService;
import uk.co.goldenthread.framework.versions.FrameworkVersionSummary;

/** Framework versions follow one another, and each is first reported in or after the quarter of its cut-over. */
class FrameworkVersionServiceTest extends PerformanceTeamTest {

    @Autowired
    FrameworkVersionService versions;
    @Autowired
    AuditLog audit;

    @Test
    void aVersionIsAddedWithItsCutOverAndFirstReportedQuarterAndAudited() {
        FrameworkVersionSummary v = versions.addVersion(new FrameworkVersionForm("Commissioning Intentions 2019",
                LocalDate.of(2019, 10, 1), 2019, 3));

        assertThat(v.firstReported().label()).isEqualTo("Q3 2019/20");
        assertThat(v.createdBy()).isEqualTo("priya.shah");
        assertThat(versions.versions()).extracting(FrameworkVersionSummary::name).contains("Commissioning Intentions 2019");
        assertThat(audit.history(FrameworkVersionService.AUDIT_SUBJECT, v.id())).singleElement().satisfies(r -> assertThat(
                r.newValue()).isEqualTo("Commissioning Intentions 2019, cut-over 1 Oct 2019, first reported Q3 2019/20"));
    }

    @Test
    void aVersionComesAfterTheLatestAndIsNotFirstReportedBeforeItsCutOver() {
        versions.addVersion(new FrameworkVersionForm("Commissioning Intentions 2019", LocalDate.of(2019, 10, 1), 2019, 3));

        assertThatThrownBy(() -> versions.addVersion(new FrameworkVersionForm(" ", LocalDate.of(2019, 10, 1), 2019, 2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("Name", "Cut-over date", "First reported quarter");
                    assertThat(e.fieldErrors().get("Cut-over date")).contains("Commissioning Intentions 2019 (1 Oct 2019)");
                    assertThat(e.fieldErrors().get("First reported quarter")).startsWith("Q2 2019/20 ends before the cut-over");
                });
        assertThatThrownBy(() -> versions.addVersion(new FrameworkVersionForm("2020", LocalDate.of(2020, 4, 1), 2020, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("First reported quarter")).contains("or neither"));
    }

    @Test
    void onlyThePerformanceTeamAddsVersions() {
        SignIn.as(context, "helen.marsh");
        assertThatThrownBy(() -> versions.addVersion(new FrameworkVersionForm("Mine", LocalDate.of(2030, 4, 1), null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
