package uk.co.goldenthread.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DirectionOfTravelTest {

    @Test
    void followsThePolarity() {
        var higher = RagRule.of(Polarity.HIGHER_IS_BETTER, null);
        var lower = RagRule.of(Polarity.LOWER_IS_BETTER, null);
        assertThat(DirectionOfTravel.between(bd("80"), bd("85"), higher)).isEqualTo(DirectionOfTravel.IMPROVING);
        assertThat(DirectionOfTravel.between(bd("80"), bd("85"), lower)).isEqualTo(DirectionOfTravel.WORSENING);
        assertThat(DirectionOfTravel.between(bd("80.0"), bd("80"), higher)).isEqualTo(DirectionOfTravel.STABLE);
    }

    @Test
    void aBandMeasureImprovesAsItMovesTowardsItsBand() {
        var band = new RagRule(Polarity.WITHIN_BAND, null, bd("-2"), bd("0"));
        assertThat(DirectionOfTravel.between(bd("1.5"), bd("0.5"), band)).isEqualTo(DirectionOfTravel.IMPROVING);
        assertThat(DirectionOfTravel.between(bd("-1"), bd("-1.9"), band)).isEqualTo(DirectionOfTravel.STABLE);
        assertThat(DirectionOfTravel.between(bd("-1"), bd("-2.5"), band)).isEqualTo(DirectionOfTravel.WORSENING);
    }

    @Test
    void withoutBothValuesOrAPolarityThereIsNoComparison() {
        assertThat(DirectionOfTravel.between(null, bd("1"), RagRule.of(Polarity.HIGHER_IS_BETTER, null)))
                .isEqualTo(DirectionOfTravel.UNKNOWN);
        assertThat(DirectionOfTravel.between(bd("1"), bd("2"), RagRule.unrated())).isEqualTo(DirectionOfTravel.UNKNOWN);
        assertThat(DirectionOfTravel.IMPROVING.label()).isEqualTo("↑ Improving");
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
