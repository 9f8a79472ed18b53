package uk.co.goldenthread.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RagExplanationTest {

    private static final RatingSettings PERCENT_HIGHER = RatingSettings.of(
            RagRule.of(Polarity.HIGHER_IS_BETTER, bd("0.5")), ValueFormat.percent(1));

    @Test
    void amberSaysHowFarFromTheTargetAndWithinWhichTolerance() {
        RagAssessment amber = PERCENT_HIGHER.rate(Observation.of("Q3 2019/20", bd("96.9")), bd("97.0"));
        assertThat(amber.rag()).isEqualTo(Rag.AMBER);
        assertThat(amber.explanation())
                .isEqualTo("Amber: 96.9% is 0.1 points below the target of 97.0%, within the tolerance of 0.5 points");
        assertThat(amber.label()).isEqualTo("▲ Amber");
    }

    @Test
    void greenAndRedInBothPolarities() {
        assertThat(PERCENT_HIGHER.rate(Observation.of("Q1", bd("97.0")), bd("97.0")).explanation())
                .isEqualTo("Green: 97.0% meets the target of 97.0%");
        assertThat(PERCENT_HIGHER.rate(Observation.of("Q1", bd("98.5")), bd("97.0")).explanation())
                .isEqualTo("Green: 98.5% is 1.5 points above the target of 97.0%");
        assertThat(PERCENT_HIGHER.rate(Observation.of("Q1", bd("95.0")), bd("97.0")).explanation())
                .isEqualTo("Red: 95.0% is 2.0 points below the target of 97.0%, beyond the tolerance of 0.5 points");
        var days = RatingSettings.of(RagRule.of(Polarity.LOWER_IS_BETTER, null), new ValueFormat("", " days", 0, false));
        assertThat(days.rate(Observation.of("Q1", bd("12")), bd("10")).explanation())
                .isEqualTo("Red: 12 days is 2 days above the target of 10 days, with no tolerance");
        assertThat(days.rate(Observation.of("Q1", bd("8")), bd("10")).explanation())
                .isEqualTo("Green: 8 days is 2 days below the target of 10 days");
    }

    @Test
    void moneyIsWrittenWithThePoundSignAndThousands() {
        var pounds = RatingSettings.of(RagRule.of(Polarity.LOWER_IS_BETTER, bd("100")),
                new ValueFormat("£", "", 0, false));
        assertThat(pounds.rate(Observation.of("Q2 2019/20", bd("1550")), bd("1500")).explanation())
                .isEqualTo("Amber: £1,550 is £50 above the target of £1,500, within the tolerance of £100");
    }

    @Test
    void aBandSaysWhereTheValueIsAgainstTheBand() {
        var band = RatingSettings.of(new RagRule(Polarity.WITHIN_BAND, bd("1.0"), bd("0"), bd("-2")),
                ValueFormat.percent(1));
        assertThat(band.rate(Observation.of("Q1", bd("-1.2")), null).explanation())
                .isEqualTo("Green: -1.2% is within the band of -2.0% to 0.0%");
        assertThat(band.rate(Observation.of("Q1", bd("0.8")), null).explanation())
                .isEqualTo("Amber: 0.8% is 0.8 points above the band of -2.0% to 0.0%, within the tolerance of 1.0 points");
        assertThat(band.rate(Observation.of("Q1", bd("-3.5")), null).explanation())
                .isEqualTo("Red: -3.5% is 1.5 points below the band of -2.0% to 0.0%, beyond the tolerance of 1.0 points");
    }

    @Test
    void greySaysWhatIsMissing() {
        assertThat(PERCENT_HIGHER.rate(Observation.of("Q3 2019/20", null), bd("97")).explanation())
                .isEqualTo("Grey: no value for Q3 2019/20");
        assertThat(PERCENT_HIGHER.rate(Observation.of("Q3 2019/20", bd("97")), null).explanation())
                .isEqualTo("Grey: no target for Q3 2019/20");
        assertThat(RatingSettings.of(RagRule.unrated(), ValueFormat.number(0))
                .rate(Observation.of("Q1", bd("3")), bd("2")).explanation())
                .isEqualTo("Grey: no polarity set, so it cannot be rated");
        assertThat(RatingSettings.of(new RagRule(Polarity.WITHIN_BAND, null, null, null), ValueFormat.number(0))
                .rate(Observation.of("Q1", bd("3")), null).explanation()).isEqualTo("Grey: no band set");
    }

    @Test
    void aSmallNumberIsNotRatedInsteadOfRed() {
        var settings = PERCENT_HIGHER.withMinimumDenominator(bd("10"));
        RagAssessment small = settings.rate(new Observation("Q1", bd("50.0"), false, bd("8")), bd("97.0"));
        assertThat(small.rag()).isEqualTo(Rag.GREY);
        assertThat(small.flag()).isEqualTo(RagFlag.SMALL_NUMBER);
        assertThat(small.label()).isEqualTo("○ Small number: not rated");
        assertThat(small.explanation()).isEqualTo("Small number: not rated. The count of 8 is below the minimum of 10.");
        RagAssessment enough = settings.rate(new Observation("Q1", bd("50.0"), false, bd("10")), bd("97.0"));
        assertThat(enough.rag()).isEqualTo(Rag.RED);
        assertThat(enough.flag()).isNull();
    }

    @Test
    void aProvisionalValueIsFlaggedAndNeverShownRed() {
        RagAssessment wouldBeRed = PERCENT_HIGHER.rate(Observation.provisional("Q1", bd("90.0")), bd("97.0"));
        assertThat(wouldBeRed.rag()).isEqualTo(Rag.GREY);
        assertThat(wouldBeRed.flag()).isEqualTo(RagFlag.PROVISIONAL);
        assertThat(wouldBeRed.label()).isEqualTo("○ Provisional");
        assertThat(wouldBeRed.explanation()).isEqualTo("Provisional: 90.0% is 7.0 points below the target of 97.0%, "
                + "beyond the tolerance of 0.5 points. It would be red; it is not rated until the value is final.");
        RagAssessment amber = PERCENT_HIGHER.rate(Observation.provisional("Q1", bd("96.9")), bd("97.0"));
        assertThat(amber.rag()).isEqualTo(Rag.AMBER);
        assertThat(amber.label()).isEqualTo("▲ Amber (provisional)");
        assertThat(amber.explanation()).startsWith("Provisional. Amber: 96.9% is 0.1 points below");
    }

    @Test
    void theRatingIsTheSameAsTheRuleGives() {
        for (String value : new String[] {"95", "96.4", "96.5", "96.9", "97", "99"}) {
            assertThat(PERCENT_HIGHER.rate(Observation.of("Q1", bd(value)), bd("97")).rag())
                    .isEqualTo(PERCENT_HIGHER.rag().rate(bd(value), bd("97")));
        }
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
