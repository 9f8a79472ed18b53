package uk.co.goldenthread.framework.versions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.AdminUiTest;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.TestMeasure;

class FrameworkVersionsAndDataQualityViewTest extends AdminUiTest {

    @Test
    void aVersionIsAddedWithItsCutOverAndFirstReportedQuarter() {
        signInAndOpen("priya.shah", "versions");
        click("New version");
        fill("Name", "Commissioning Intentions 2019");
        fill("Cut-over date", LocalDate.of(2019, 10, 1));
        fill("Financial year first reported", 2019);
        fill("First reported quarter", 2);
        click("Add version");
        assertThat(errorOf("First reported quarter")).startsWith("Q2 2019/20 ends before the cut-over");

        fill("First reported quarter", 3);
        click("Add version");
        assertThat(notificationTexts()).contains("Version added.");
        assertThat(column(grid("Framework versions"), "cutOver")).contains("1 Oct 2019");
        assertThat(column(grid("Framework versions"), "firstReported")).contains("Q3 2019/20");
    }

    /** The next version's cut-over comes after the latest one's: the date field offers only those days. */
    @Test
    void theNextVersionsCutOverOffersOnlyDaysAfterTheLatestOnes() {
        signInAndOpen("priya.shah", "versions");
        click("New version");
        fill("Name", "Commissioning Intentions 2019");
        fill("Cut-over date", LocalDate.of(2019, 10, 1));
        click("Add version");
        assertThat(notificationTexts()).contains("Version added.");

        click("New version");
        fill("Name", "Commissioning Intentions 2020");
        fill("Cut-over date", LocalDate.of(2019, 10, 1));
        click("Add version");
        assertThat(errorOf("Cut-over date")).isEqualTo("Give 2 Oct 2019 or a later date: the latest version, "
                + "Commissioning Intentions 2019, cuts over on 1 Oct 2019.");
        assertThat(column(grid("Framework versions"), "name")).containsOnlyOnce("Commissioning Intentions 2019")
                .doesNotContain("Commissioning Intentions 2020");
    }

    @Test
    void theDataQualityPageCountsEachGapAndSaysWhatItIsFor() {
        SignIn.as(context, "priya.shah");
        var gaps = new TestMeasure("TST01", "A draft measure with nothing yet");
        gaps.polarity = null;
        gaps.tolerance = null;
        gaps.baseline = null;
        gaps.baselinePeriod = null;
        context.getBean(FrameworkAdminService.class).addMeasure(gaps.form());
        signInAndOpen("priya.shah", "data-quality");

        assertThat(pageText()).contains("40 of its 63 KBMs were new and still needed baselines and targets",
                "This is where that work is tracked");
        assertThat(column(grid("Without a baseline"), "title")).contains("A draft measure with nothing yet");
        assertThat(column(grid("KBMs without a polarity"), "title")).contains("A draft measure with nothing yet");
        assertThat(column(grid("Without an owner"), "title")).contains("A draft measure with nothing yet");
        assertThat(pageText()).contains("Proxies without a rationale (0)");
    }
}
