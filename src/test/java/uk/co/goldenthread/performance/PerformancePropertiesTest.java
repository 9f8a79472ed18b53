package uk.co.goldenthread.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.data.Offset;

/** Properties every rating and chart must have, whatever the data. */
class PerformancePropertiesTest {

    /** Limits are shown rounded to 16 significant digits; the signals themselves are compared exactly. */
    private static final Offset<BigDecimal> CLOSE = Offset.offset(new BigDecimal("0.000001"));

    @Property(tries = 300)
    void lowerIsBetterIsTheMirrorOfHigherIsBetter(@ForAll("series") List<BigDecimal> values,
            @ForAll("value") BigDecimal target, @ForAll("tolerance") BigDecimal tolerance) {
        RagRule higher = RagRule.of(Polarity.HIGHER_IS_BETTER, tolerance);
        RagRule lower = RagRule.of(Polarity.LOWER_IS_BETTER, tolerance);
        BigDecimal last = values.getLast();
        assertThat(lower.rate(last.negate(), target.negate())).isEqualTo(higher.rate(last, target));
        BigDecimal first = values.getFirst();
        assertThat(DirectionOfTravel.between(first.negate(), last.negate(), lower))
                .isEqualTo(DirectionOfTravel.between(first, last, higher));

        SpcResult up = XmrChart.analyse(observations(values, BigDecimal.ONE, BigDecimal.ZERO), higher, target,
                SpcSettings.STANDARD);
        SpcResult down = XmrChart.analyse(observations(values, BigDecimal.ONE.negate(), BigDecimal.ZERO), lower,
                target.negate(), SpcSettings.STANDARD);
        assertThat(down.assurance()).isEqualTo(up.assurance());
        for (int i = 0; i < values.size(); i++) {
            assertThat(down.points().get(i).signals()).isEqualTo(up.points().get(i).signals());
            assertThat(down.points().get(i).variation()).isEqualTo(mirror(up.points().get(i).variation()));
        }
    }

    @Property(tries = 300)
    void addingAConstantToValuesAndTargetChangesNothing(@ForAll("series") List<BigDecimal> values,
            @ForAll("value") BigDecimal target, @ForAll("value") BigDecimal constant,
            @ForAll("tolerance") BigDecimal tolerance) {
        RagRule rule = RagRule.of(Polarity.HIGHER_IS_BETTER, tolerance);
        BigDecimal last = values.getLast();
        assertThat(rule.rate(last.add(constant), target.add(constant))).isEqualTo(rule.rate(last, target));
        SpcResult plain = XmrChart.analyse(observations(values, BigDecimal.ONE, BigDecimal.ZERO), rule, target,
                SpcSettings.STANDARD);
        SpcResult shifted = XmrChart.analyse(observations(values, BigDecimal.ONE, constant), rule,
                target.add(constant), SpcSettings.STANDARD);
        assertThat(shifted.assurance()).isEqualTo(plain.assurance());
        for (int i = 0; i < values.size(); i++) {
            assertThat(shifted.points().get(i).signals()).isEqualTo(plain.points().get(i).signals());
            assertThat(shifted.points().get(i).variation()).isEqualTo(plain.points().get(i).variation());
        }
        assertThat(shifted.latestLimits().mean().subtract(constant)).isCloseTo(plain.latestLimits().mean(), CLOSE);
    }

    @Property(tries = 300)
    void limitsScaleWithTheData(@ForAll("series") List<BigDecimal> values, @ForAll @IntRange(min = 1, max = 1000) int k) {
        BigDecimal factor = BigDecimal.valueOf(k);
        RagRule rule = RagRule.of(Polarity.HIGHER_IS_BETTER, null);
        ProcessLimits plain = XmrChart.analyse(observations(values, BigDecimal.ONE, BigDecimal.ZERO), rule, null,
                SpcSettings.STANDARD).latestLimits();
        SpcResult scaled = XmrChart.analyse(observations(values, factor, BigDecimal.ZERO), rule, null,
                SpcSettings.STANDARD);
        ProcessLimits limits = scaled.latestLimits();
        assertThat(limits.upper()).isCloseTo(plain.upper().multiply(factor), CLOSE);
        assertThat(limits.lower()).isCloseTo(plain.lower().multiply(factor), CLOSE);
        assertThat(limits.meanMovingRange()).isCloseTo(plain.meanMovingRange().multiply(factor), CLOSE);
        for (int i = 0; i < values.size(); i++) {
            assertThat(scaled.points().get(i).signals()).isEqualTo(
                    XmrChart.analyse(observations(values, BigDecimal.ONE, BigDecimal.ZERO), rule, null,
                            SpcSettings.STANDARD).points().get(i).signals());
        }
    }

    @Provide
    Arbitrary<List<BigDecimal>> series() {
        return value().list().ofMinSize(2).ofMaxSize(40);
    }

    @Provide
    Arbitrary<BigDecimal> value() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(1);
    }

    @Provide
    Arbitrary<BigDecimal> tolerance() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50")).ofScale(1);
    }

    private static List<Observation> observations(List<BigDecimal> values, BigDecimal factor, BigDecimal constant) {
        List<Observation> history = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            history.add(Observation.of("P" + i, values.get(i).multiply(factor).add(constant)));
        }
        return history;
    }

    private static Variation mirror(Variation variation) {
        return switch (variation) {
            case IMPROVEMENT_HIGH -> Variation.IMPROVEMENT_LOW;
            case IMPROVEMENT_LOW -> Variation.IMPROVEMENT_HIGH;
            case CONCERN_HIGH -> Variation.CONCERN_LOW;
            case CONCERN_LOW -> Variation.CONCERN_HIGH;
            default -> variation;
        };
    }
}
