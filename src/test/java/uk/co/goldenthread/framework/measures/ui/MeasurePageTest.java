package uk.co.goldenthread.framework.measures.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.AdminUiTest;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.framework.ComparatorKind;
import uk.co.goldenthread.framework.versions.FrameworkVersionForm;
import uk.co.goldenthread.framework.versions.FrameworkVersionService;
import uk.co.goldenthread.framework.TestMeasure;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureUnit;

class MeasurePageTest extends AdminUiTest {

    @Test
    void theMeasurePageShowsEverythingAboutTheMeasureAndSetsTargetsAndBenchmarks() {
        new Journeys(context).openQuarter(2023, 4);
        signInAndOpen("priya.shah", "measures/FIN01");
        assertThat(pageText()).contains("FIN01 % of capital expenditure against budget", "Owner: Clare Foster",
                "Baseline: 81.4% (2018/19)", "Polarity: higher is better", "Tolerance: 5.0%",
                "Commissioning area: Strategic Finance", "Outcome: D1 Put our resources");
        assertThat(column(grid("Reported values"), "quarter")).contains("Q4 2023/24");

        fill("Financial year", 2023);
        fill("Quarter", 4);
        fill("Target", "92.55");
        click("Set target");
        assertThat(errorOf("Target")).contains("at most 1 decimal place");
        assertThat(errorSummary()).containsExactly("Target: " + errorOf("Target"));
        assertThat(errorToasts()).as("the refusal is beside the field, not in a toast").isEmpty();
        fill("Target", "92.5");
        click("Set target");
        assertThat(column(grid("Targets"), "period")).contains("Q4 2023/24");
        assertThat(column(grid("Targets"), "target")).contains("92.5%");
        assertThat(errorSummary()).isEmpty();
        assertThat(errorOf("Target")).isEmpty();

        click("Set comparator");
        assertThat(errorSummary()).containsExactly(
                "Compared with: Choose England average, region or statistical neighbours.",
                "Period: Give the period the benchmark relates to, e.g. 2018/19.");
        assertThat(errorOf("Period")).isEqualTo("Give the period the benchmark relates to, e.g. 2018/19.");
        assertThat(errorToasts()).isEmpty();
        fill("Compared with", ComparatorKind.ENGLAND);
        fill("Period", "2018/19");
        fill("Value", "88");
        click("Set comparator");
        assertThat(column(grid("Comparators"), "kind")).containsExactly("England average");
        assertThat(errorSummary()).isEmpty();
    }

    @Test
    void aMeasureIsRevisedInANewFrameworkVersionFromItsPage() {
        SignIn.as(context, "priya.shah");
        context.getBean(FrameworkVersionService.class).addVersion(new FrameworkVersionForm("Framework 2030",
                LocalDate.of(2030, 4, 1), 2030, 1));
        // A measure of its own, which no open return of another test uses
        context.getBean(FrameworkAdminService.class).addMeasure(TestMeasure.essential("REV01", MeasureKind.KBM,
                "% of business cases involving ICT aligned to the Digital strategy", null, MeasureUnit.PERCENT, 0,
                null, null).essentials());
        signInAndOpen("priya.shah", "measures/REV01");
        click("Edit measure");
        fill("Title", "");
        click("Revise in a new version");
        assertThat(errorSummary()).as("the measure form's own errors first").containsExactly(
                "Title: Give the measure a title.");
        assertThat(errorToasts()).isEmpty();
        fill("Title", "% of business cases aligned to the Digital strategy");
        click("Revise in a new version");
        click("Revise measure");
        assertThat(errorOf("Framework version")).startsWith("Choose the version");
        assertThat(errorSummary()).containsExactly("Framework version: " + errorOf("Framework version"));
        fill("Framework version", context.getBean(FrameworkVersionService.class).versions().getFirst());
        fill("New code", "FIN01");
        click("Revise measure");
        assertThat(errorOf("New code")).isEqualTo("FIN01 is already the code of another measure.");
        assertThat(errorSummary()).containsExactly("New code: FIN01 is already the code of another measure.");
        assertThat(errorToasts()).isEmpty();
        fill("New code", "REV01A");
        fill("The new definition is comparable with the old one", true);
        click("Revise measure");
        assertThat(notificationTexts()).contains("REV01 revised in Framework 2030.");
        // the cut-over (1 Apr 2030) is still to come: REV01 stays active and reported until then
        assertThat(pageText()).contains("Status: active", "Retired in: Framework 2030",
                "Replaced by REV01A % of business cases aligned to the Digital strategy from 1 Apr 2030 "
                        + "(Framework 2030): comparable, so this history continues there");

        signInAndOpen("priya.shah", "measures/REV01A");
        assertThat(pageText()).contains("REV01A % of business cases aligned to the Digital strategy",
                "Introduced in: Framework 2030", "Replaces REV01 % of business cases involving ICT aligned to the "
                        + "Digital strategy from 1 Apr 2030 (Framework 2030): the definition is comparable, so its "
                        + "history continues here");
    }
}
