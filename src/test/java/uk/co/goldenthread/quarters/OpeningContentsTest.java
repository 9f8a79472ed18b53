package uk.co.goldenthread.quarters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.Frequency;
import uk.co.goldenthread.framework.measures.MeasureForm;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureStatus;
import uk.co.goldenthread.framework.MeasureUnit;

/**
 * What a quarter's returns hold: "All ADs" KBIs in every return; annual measures due only in the year's last quarter,
 * and carried read-only with their latest value in the others.
 */
@SpringBootTest
@Transactional
class OpeningContentsTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void allAdsKbisGoToEveryReturnAndAnnualMeasuresAreDueOnlyInTheFourthQuarter() {
        SignIn.as(context, "priya.shah");
        var admin = context.getBean(FrameworkAdminService.class);
        admin.addMeasure(measure("ALL01", MeasureKind.KBI, "% of capital expenditure against budget (each AD)",
                Frequency.QUARTERLY, true));
        admin.addMeasure(measure("ANN01", MeasureKind.KBM, "% of residents satisfied with the council",
                Frequency.ANNUAL, false));
        var journeys = new Journeys(context);

        long third = journeys.openQuarter(2029, 3).id();
        for (ReturnSummary ret : journeys.returnsOf(third)) {
            assertThat(codes(journeys, ret, true)).contains("ALL01").doesNotContain("ANN01");
        }
        long fourth = journeys.openQuarter(2029, 4).id();
        assertThat(journeys.returnsOf(third)).anySatisfy(ret -> assertThat(codes(journeys, ret, false)).contains("ANN01"));
        assertThat(journeys.returnsOf(fourth)).allSatisfy(ret -> assertThat(codes(journeys, ret, true)).contains("ALL01"));
        assertThat(journeys.returnsOf(fourth)).anySatisfy(ret -> assertThat(codes(journeys, ret, true)).contains("ANN01"));
    }

    private static List<String> codes(Journeys journeys, ReturnSummary ret, boolean due) {
        return journeys.get(ret.id(), "priya.shah").lines().stream().filter(l -> l.due() == due)
                .map(l -> l.measure().code()).toList();
    }

    private MeasureForm measure(String code, MeasureKind kind, String title, Frequency frequency, boolean allAds) {
        Long areaId = allAds ? null : context.getBean(uk.co.goldenthread.framework.FrameworkService.class).areas()
                .getFirst().id();
        return new MeasureForm(code, kind, title, null, MeasureUnit.PERCENT, 1, null, null, null, null, frequency, null,
                null, null, areaId, null, null, allAds, false, null, MeasureStatus.ACTIVE, null, null, null, null, null,
                null, null, false, null, null, null);
    }
}
