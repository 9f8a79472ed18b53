package uk.co.goldenthread.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RagRuleTest {

    private static final BigDecimal FIVE = new BigDecimal("5");

    @Test
    void higherIsBetterIsGreenOnTargetAmberWithinToleranceRedBeyond() {
        var rule = RagRule.of(Polarity.HIGHER_IS_BETTER, FIVE);
        assertThat(rule.rate(bd("90"), bd("90"))).isEqualTo(Rag.GREEN);
        assertThat(rule.rate(bd("95.2"), bd("90"))).isEqualTo(Rag.GREEN);
        assertThat(rule.rate(bd("85"), bd("90"))).isEqualTo(Rag.AMBER);
        assertThat(rule.rate(bd("84.9"), bd("90"))).isEqualTo(Rag.RED);
    }

    @Test
    void lowerIsBetterTurnsTheComparisonRound() {
        var rule = RagRule.of(Polarity.LOWER_IS_BETTER, BigDecimal.ONE);
        assertThat(rule.rate(bd("9.5"), bd("10"))).isEqualTo(Rag.GREEN);
        assertThat(rule.rate(bd("11"), bd("10"))).isEqualTo(Rag.AMBER);
        assertThat(rule.rate(bd("12.4"), bd("10"))).isEqualTo(Rag.RED);
    }

    @Test
    void aBandIsGreenInsideItsLimitsWhicheverWayTheyAreGiven() {
        var rule = new RagRule(Polarity.WITHIN_BAND, BigDecimal.ONE, bd("0"), bd("-2"));
        assertThat(rule.rate(bd("-1.2"), null)).isEqualTo(Rag.GREEN);
        assertThat(rule.rate(bd("0"), null)).isEqualTo(Rag.GREEN);
        assertThat(rule.rate(bd("0.8"), null)).isEqualTo(Rag.AMBER);
        assertThat(rule.rate(bd("-3"), null)).isEqualTo(Rag.AMBER);
        assertThat(rule.rate(bd("-3.1"), null)).isEqualTo(Rag.RED);
    }

    @Test
    void noDataOrNoTargetIsGrey() {
        var rule = RagRule.of(Polarity.HIGHER_IS_BETTER, FIVE);
        assertThat(rule.rate(null, bd("90"))).isEqualTo(Rag.GREY);
        assertThat(rule.rate(bd("90"), null)).isEqualTo(Rag.GREY);
        assertThat(new RagRule(Polarity.WITHIN_BAND, null, null, null).rate(bd("1"), null)).isEqualTo(Rag.GREY);
    }

    @Test
    void withoutToleranceAnyMissIsRed() {
        assertThat(RagRule.of(Polarity.HIGHER_IS_BETTER, null).rate(bd("89.9"), bd("90"))).isEqualTo(Rag.RED);
    }

    @Test
    void everyRatingHasASymbolAndAWordNotJustAColour() {
        for (Rag rag : Rag.values()) {
            assertThat(rag.label()).matches("\\S+ [A-Z][a-z]+");
        }
        assertThat(Rag.RED.label()).isEqualTo("✖ Red");
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
