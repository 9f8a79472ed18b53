package uk.co.goldenthread.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.goldenthread.performance.RagExplanationTest.bd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The XmR chart against the NHSRplotthedots package (NHS-R Community), whose tests and snapshots are the published
 * reference for Making Data Count: its ptd_spc_standard snapshot (set.seed(123); rnorm(20)), its symmetric-data test
 * of two near points on opposite sides, and its rule and assurance tests, rebuilt here as whole series.
 */
class XmrChartTest {

    private static final RagRule HIGHER = RagRule.of(Polarity.HIGHER_IS_BETTER, null);
    private static final RagRule LOWER = RagRule.of(Polarity.LOWER_IS_BETTER, null);

    /** set.seed(123); rnorm(20) in R, as in NHSRplotthedots' tests/testthat/test-ptd_spc_standard.R. */
    static final String[] RNORM_123 = {"-0.56047565", "-0.23017749", "1.55870831", "0.07050839", "0.12928774",
        "1.71506499", "0.46091621", "-1.26506123", "-0.68685285", "-0.44566197", "1.22408180", "0.35981383",
        "0.40077145", "0.11068272", "-0.55584113", "1.78691314", "0.49785048", "-1.96661716", "0.70135590",
        "-0.47279141"};

    @Test
    void matchesTheNhsrPlotTheDotsSnapshot() {
        SpcResult spc = XmrChart.analyse(series(RNORM_123), HIGHER, null, SpcSettings.STANDARD);
        ProcessLimits limits = spc.latestLimits();
        assertThat(round(limits.mean(), 3)).isEqualByComparingTo("0.142");
        assertThat(round(limits.lower(), 2)).isEqualByComparingTo("-3.01");
        assertThat(round(limits.upper(), 2)).isEqualByComparingTo("3.29");
        assertThat(round(limits.meanMovingRange(), 7)).isEqualByComparingTo("1.1853396");
        assertThat(spc.points()).hasSize(20).allSatisfy(p -> assertThat(p.variation()).isEqualTo(Variation.COMMON_CAUSE));
        assertThat(spc.trial()).isFalse();
        assertThat(spc.ruleSet()).startsWith("NHS England Making Data Count (XmR)");
    }

    @Test
    void twoPointsNearOppositeLimitsAreCommonCause() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            values.add(i % 2 == 0 ? "1" : "-1");
        }
        values.set(14, "5.5");
        values.set(15, "-5.5");
        SpcResult spc = XmrChart.analyse(series(values.toArray(String[]::new)), HIGHER, null, SpcSettings.STANDARD);
        assertThat(spc.points().get(14).variation()).isEqualTo(Variation.COMMON_CAUSE);
        assertThat(spc.points().get(15).variation()).isEqualTo(Variation.COMMON_CAUSE);
        assertThat(round(spc.latestLimits().upperNear(), 3)).isEqualByComparingTo("5.143");
    }

    @Test
    void limitsAreTheMeanPlusOrMinus266MeanMovingRangesAndTheNearZoneTwoThirdsOfTheWay() {
        ProcessLimits limits = baselineChart().latestLimits();
        assertThat(limits.mean()).isEqualByComparingTo("10");
        assertThat(limits.meanMovingRange()).isEqualByComparingTo("2");
        assertThat(limits.upper()).isEqualByComparingTo("15.32");
        assertThat(limits.lower()).isEqualByComparingTo("4.68");
        assertThat(round(limits.upperNear(), 4)).isEqualByComparingTo("13.5467");
        assertThat(round(limits.lowerNear(), 4)).isEqualByComparingTo("6.4533");
        assertThat(limits.points()).isEqualTo(12);
    }

    @Test
    void aPointOutsideTheLimitsIsASpecialCauseInThePolarity() {
        assertThat(afterBaseline(HIGHER, "15.4").variation()).isEqualTo(Variation.IMPROVEMENT_HIGH);
        assertThat(afterBaseline(HIGHER, "4.6").variation()).isEqualTo(Variation.CONCERN_LOW);
        assertThat(afterBaseline(LOWER, "15.4").variation()).isEqualTo(Variation.CONCERN_HIGH);
        assertThat(afterBaseline(LOWER, "4.6").variation()).isEqualTo(Variation.IMPROVEMENT_LOW);
        var band = new RagRule(Polarity.WITHIN_BAND, null, bd("8"), bd("12"));
        assertThat(afterBaseline(band, "15.4").variation()).isEqualTo(Variation.NEITHER_HIGH);
        assertThat(afterBaseline(HIGHER, "15.32").variation()).isEqualTo(Variation.COMMON_CAUSE);
        assertThat(afterBaseline(HIGHER, "15.4").signals()).containsExactly(SpcRule.OUTSIDE_LIMITS);
    }

    @Test
    void sevenOrMorePointsOnOneSideOfTheMeanAreAShift() {
        SpcResult eight = withBaseline(HIGHER, "10.5", "10.5", "10.5", "10.5", "10.5", "10.5", "10.5", "10.5", "9");
        assertThat(flags(eight, SpcRule.SHIFT)).containsExactly(12, 13, 14, 15, 16, 17, 18, 19);
        assertThat(eight.points().get(19).variation()).isEqualTo(Variation.IMPROVEMENT_HIGH);
        assertThat(eight.variation()).isEqualTo(Variation.COMMON_CAUSE);
        SpcResult six = withBaseline(HIGHER, "10.5", "10.5", "10.5", "10.5", "10.5", "10.5", "9");
        assertThat(flags(six, SpcRule.SHIFT)).isEmpty();
        SpcResult onTheMean = withBaseline(HIGHER, "10.5", "10.5", "10.5", "10", "10.5", "10.5", "10.5", "10.5");
        assertThat(flags(onTheMean, SpcRule.SHIFT)).isEmpty();
    }

    @Test
    void sevenPointsRisingOrFallingAreATrendAndATieBreaksIt() {
        SpcResult rising = withBaseline(HIGHER, "9.0", "9.2", "9.4", "9.6", "9.8", "10.0", "10.2");
        assertThat(flags(rising, SpcRule.TREND)).containsExactly(12, 13, 14, 15, 16, 17, 18);
        assertThat(rising.variation()).isEqualTo(Variation.IMPROVEMENT_HIGH);
        SpcResult falling = withBaseline(HIGHER, "11.0", "10.8", "10.6", "10.4", "10.2", "10.0", "9.8");
        assertThat(falling.variation()).isEqualTo(Variation.CONCERN_LOW);
        SpcResult six = withBaseline(HIGHER, "9.0", "9.2", "9.4", "9.6", "9.8", "10.0");
        assertThat(flags(six, SpcRule.TREND)).isEmpty();
        SpcResult tie = withBaseline(HIGHER, "9.0", "9.2", "9.4", "9.4", "9.6", "9.8", "10.0", "10.2");
        assertThat(flags(tie, SpcRule.TREND)).isEmpty();
    }

    @Test
    void twoOfThreeNearTheSameLimitWithAllThreeOnThatSide() {
        SpcResult near = withBaseline(HIGHER, "14", "10.5", "14");
        assertThat(flags(near, SpcRule.TWO_OF_THREE)).containsExactly(12, 14);
        assertThat(near.variation()).isEqualTo(Variation.IMPROVEMENT_HIGH);
        assertThat(flags(withBaseline(HIGHER, "14", "9.5", "14"), SpcRule.TWO_OF_THREE)).isEmpty();
        assertThat(flags(withBaseline(HIGHER, "14", "10.5", "10.5", "14"), SpcRule.TWO_OF_THREE)).isEmpty();
        assertThat(flags(withBaseline(HIGHER, "6", "6.2", "9"), SpcRule.TWO_OF_THREE)).containsExactly(12, 13);
    }

    @Test
    void limitsAreTrialUntilTwelvePoints() {
        String[] eleven = java.util.Arrays.copyOf(RNORM_123, 11);
        SpcResult trial = XmrChart.analyse(series(eleven), HIGHER, null, SpcSettings.STANDARD);
        assertThat(trial.trial()).isTrue();
        assertThat(trial.summary()).endsWith("(trial limits from 11 points).");
        assertThat(XmrChart.analyse(series(java.util.Arrays.copyOf(RNORM_123, 12)), HIGHER, null,
                SpcSettings.STANDARD).trial()).isFalse();
        SpcResult one = XmrChart.analyse(series("5"), HIGHER, bd("4"), SpcSettings.STANDARD);
        assertThat(one.latestLimits()).isNull();
        assertThat(one.variation()).isEqualTo(Variation.NOT_ENOUGH_DATA);
        assertThat(one.assurance()).isEqualTo(Assurance.NOT_APPLICABLE);
    }

    @Test
    void limitsFixedAtABaselineIgnoreLaterPoints() {
        SpcResult fixed = withBaseline(HIGHER, "30", "31", "29");
        assertThat(fixed.latestLimits().mean()).isEqualByComparingTo("10");
        assertThat(fixed.points().get(13).signals()).contains(SpcRule.OUTSIDE_LIMITS);
        SpcResult unfixed = XmrChart.analyse(series(baselineValues("30", "31", "29")), HIGHER, null,
                SpcSettings.STANDARD);
        assertThat(unfixed.latestLimits().mean()).isEqualByComparingTo("14");
    }

    @Test
    void aChangePointStartsNewLimitsAndRunsDoNotCrossIt() {
        SpcSettings settings = SpcSettings.STANDARD.withChangePoint("P13");
        SpcResult spc = XmrChart.analyse(series(baselineValues("30", "31", "29", "30", "31")), HIGHER, null, settings);
        assertThat(spc.points().get(11).limits().mean()).isEqualByComparingTo("10");
        assertThat(spc.latestLimits().mean()).isEqualByComparingTo("30.2");
        assertThat(spc.latestLimits().points()).isEqualTo(5);
        assertThat(spc.points().subList(12, 17)).allSatisfy(p -> assertThat(p.isSpecialCause()).isFalse());
    }

    @Test
    void provisionalPointsArePlottedButNeverShapeTheLimits() {
        List<Observation> history = new ArrayList<>(series(RNORM_123));
        history.add(Observation.provisional("P21", bd("9")));
        history.add(Observation.of("P22", null));
        SpcResult spc = XmrChart.analyse(history, HIGHER, null, SpcSettings.STANDARD);
        assertThat(round(spc.latestLimits().upper(), 2)).isEqualByComparingTo("3.29");
        assertThat(spc.points()).hasSize(21);
        assertThat(spc.points().getLast().provisional()).isTrue();
        assertThat(spc.variation()).isEqualTo(Variation.IMPROVEMENT_HIGH);
    }

    @Test
    void assuranceAsInNhsrPlotTheDots() {
        ProcessLimits low = limits("1", "2", "3");
        ProcessLimits high = limits("5", "6", "7");
        ProcessLimits around = limits("1", "4", "5");
        BigDecimal target = bd("4");
        assertThat(XmrChart.assurance(HIGHER, target, low)).isEqualTo(Assurance.CONSISTENTLY_FAILING);
        assertThat(XmrChart.assurance(HIGHER, target, high)).isEqualTo(Assurance.CONSISTENTLY_PASSING);
        assertThat(XmrChart.assurance(HIGHER, target, around)).isEqualTo(Assurance.HIT_AND_MISS);
        assertThat(XmrChart.assurance(LOWER, target, low)).isEqualTo(Assurance.CONSISTENTLY_PASSING);
        assertThat(XmrChart.assurance(LOWER, target, high)).isEqualTo(Assurance.CONSISTENTLY_FAILING);
        assertThat(XmrChart.assurance(LOWER, target, around)).isEqualTo(Assurance.HIT_AND_MISS);
        assertThat(XmrChart.assurance(HIGHER, null, around)).isEqualTo(Assurance.NOT_APPLICABLE);
        var band = new RagRule(Polarity.WITHIN_BAND, null, bd("0"), bd("8"));
        assertThat(XmrChart.assurance(band, null, low)).isEqualTo(Assurance.CONSISTENTLY_PASSING);
        assertThat(XmrChart.assurance(new RagRule(Polarity.WITHIN_BAND, null, bd("4"), bd("4.5")), null, high))
                .isEqualTo(Assurance.CONSISTENTLY_FAILING);
        assertThat(XmrChart.assurance(new RagRule(Polarity.WITHIN_BAND, null, bd("4"), bd("6")), null, around))
                .isEqualTo(Assurance.HIT_AND_MISS);
    }

    @Test
    void ratingAndChartDisagreeingIsFlagged() {
        SpcResult concern = withBaseline(HIGHER, "4.6");
        assertThat(RagSpcDisagreement.between(Rag.GREEN, concern)).startsWith("Green on target, but");
        SpcResult improvement = withBaseline(HIGHER, "15.4");
        assertThat(RagSpcDisagreement.between(Rag.RED, improvement)).startsWith("Red, but");
        assertThat(RagSpcDisagreement.between(Rag.GREEN, improvement)).isNull();
        SpcResult failing = XmrChart.analyse(series(baselineValues()), HIGHER, bd("20"), SpcSettings.STANDARD);
        assertThat(failing.assurance()).isEqualTo(Assurance.CONSISTENTLY_FAILING);
        assertThat(RagSpcDisagreement.between(Rag.GREEN, failing)).startsWith("Green this period");
    }

    @Test
    void anAssessmentBringsItAllTogether() {
        var settings = RatingSettings.of(RagRule.of(Polarity.HIGHER_IS_BETTER, bd("1")), ValueFormat.number(1));
        List<Observation> history = series(baselineValues("4.6"));
        PerformanceAssessment assessment = PerformanceAssessment.of(history, history.get(11), history.get(9),
                bd("4"), settings, SpcSettings.fixedUntil("P12"));
        assertThat(assessment.rating().rag()).isEqualTo(Rag.GREEN);
        assertThat(assessment.directions().onPreviousPeriod().direction()).isEqualTo(DirectionOfTravel.WORSENING);
        assertThat(assessment.spc().variation()).isEqualTo(Variation.CONCERN_LOW);
        assertThat(assessment.disagreement()).startsWith("Green on target, but");
    }

    /** Twelve points alternating 11 and 9: mean 10, mean moving range 2. */
    static String[] baselineValues(String... after) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            values.add(i % 2 == 0 ? "11" : "9");
        }
        values.addAll(List.of(after));
        return values.toArray(String[]::new);
    }

    private static SpcResult baselineChart() {
        return XmrChart.analyse(series(baselineValues()), HIGHER, null, SpcSettings.STANDARD);
    }

    private static SpcResult withBaseline(RagRule rule, String... after) {
        return XmrChart.analyse(series(baselineValues(after)), rule, null, SpcSettings.fixedUntil("P12"));
    }

    private static SpcPoint afterBaseline(RagRule rule, String value) {
        return withBaseline(rule, value).points().getLast();
    }

    private static List<Integer> flags(SpcResult spc, SpcRule rule) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < spc.points().size(); i++) {
            if (spc.points().get(i).signals().contains(rule)) {
                indices.add(i);
            }
        }
        return indices;
    }

    static List<Observation> series(String... values) {
        List<Observation> history = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            history.add(Observation.of("P" + (i + 1), bd(values[i])));
        }
        return history;
    }

    private static ProcessLimits limits(String lower, String mean, String upper) {
        return new ProcessLimits(bd(mean), BigDecimal.ONE, bd(lower), bd(upper), bd(lower), bd(upper), 20, false);
    }

    private static BigDecimal round(BigDecimal value, int places) {
        return value.setScale(places, RoundingMode.HALF_UP);
    }
}
