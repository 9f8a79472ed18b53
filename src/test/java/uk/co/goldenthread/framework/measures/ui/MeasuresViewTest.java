package uk.co.goldenthread.framework.measures.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.AdminUiTest;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureStatus;
import uk.co.goldenthread.framework.MeasureUnit;
import uk.co.goldenthread.performance.Polarity;

class MeasuresViewTest extends AdminUiTest {

    @Test
    void measuresAreSearchedAndFilteredPageByPage() {
        signInAndOpen("priya.shah", "measures");
        assertThat(column(grid("Measures"), "code")).contains("FIN01", "ICT01", "PEO04");

        fill("Search code or title", "ict");
        assertThat(column(grid("Measures"), "code")).containsExactly("ICT01", "ICT02", "ICT03");
        fill("Type", MeasureKind.KBI);
        assertThat(column(grid("Measures"), "code")).isEmpty();
        fill("Type", null);
        fill("Search code or title", "");
        fill("Status", MeasureStatus.RETIRED);
        assertThat(column(grid("Measures"), "code")).doesNotContain("FIN01");
    }

    @Test
    void aNewMeasureIsCheckedByTheFormThenByTheServiceAndThenRetired() {
        signInAndOpen("priya.shah", "measures");
        click("New measure");
        fill("Code", "TST01");
        click("Save measure");
        assertThat(errorOf("Title")).isEqualTo("Give the measure a title.");
        assertThat(_get(com.vaadin.flow.component.Component.class, s -> s.withClasses("error-summary")).getElement()
                .getTextRecursively()).contains("There is a problem", "Title: Give the measure a title.");
        assertThat(notificationTexts()).as("errors are on the form, not in a toast").isEmpty();

        fill("Title", "% of tested things");
        fill("Unit", MeasureUnit.PERCENT);
        fill("Polarity", Polarity.HIGHER_IS_BETTER);
        fill("Proxy measure", true);
        click("Save measure");
        assertThat(errorOf("Proxy rationale")).isEqualTo("Say why a proxy is used and what it stands in for.");

        fill("Proxy rationale", "No survey until 2021: complaints stand in for satisfaction.");
        click("Save measure");
        assertThat(notificationTexts()).contains("Measure added.");
        assertThat(column(grid("Measures"), "code")).contains("TST01");

        selectRow(grid("Measures"), "code", "TST01");
        click("Retire measure");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(notificationTexts()).contains("TST01 retired.");
        assertThat(column(grid("Measures"), "status").get(column(grid("Measures"), "code").indexOf("TST01")))
                .isEqualTo("retired");
    }

    @Test
    void theRatingSettingsAreEditedOnTheMeasureForm() {
        signInAndOpen("priya.shah", "measures");
        selectRow(grid("Measures"), "code", "FIN01");
        fill("Stable within", new java.math.BigDecimal("2"));
        fill("Stable within is a percentage of the earlier value", true);
        fill("Minimum count", new java.math.BigDecimal("-1"));
        click("Save measure");
        assertThat(errorOf("Minimum count")).isEqualTo("Use 0 or more.");

        fill("Minimum count", new java.math.BigDecimal("10"));
        click("Save measure");
        assertThat(notificationTexts()).contains("Measure saved.");
        var fin01 = context.getBean(uk.co.goldenthread.framework.FrameworkService.class).activeMeasures().stream()
                .filter(m -> m.code().equals("FIN01")).findFirst().orElseThrow();
        assertThat(fin01.ratingSettings().stableWithin().amount()).isEqualByComparingTo("2");
        assertThat(fin01.ratingSettings().stableWithin().percentOfEarlier()).isTrue();
        assertThat(fin01.minimumCount()).isEqualByComparingTo("10");
    }

    @Test
    void retiringAMeasureThatOpenReturnsUseIsRefusedWithThoseReturns() {
        new Journeys(context).openQuarter(2023, 3);
        signInAndOpen("priya.shah", "measures");
        selectRow(grid("Measures"), "code", "PEO02");
        click("Retire measure");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(errorSummary()).singleElement().satisfies(t -> assertThat(t)
                .startsWith("PEO02 cannot be retired while returns")
                .contains("Q3 2023/24 Health, Well-being and Self Care (Tom Nguyen, draft)"));
        assertThat(errorToasts()).as("the refusal is at the top of the form, not in a toast").isEmpty();
        assertThat(column(grid("Measures"), "status").get(column(grid("Measures"), "code").indexOf("PEO02")))
                .isEqualTo("active");
    }
}
