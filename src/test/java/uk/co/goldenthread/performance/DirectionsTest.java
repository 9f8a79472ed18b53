package uk.co.goldenthread.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.goldenthread.performance.RagExplanationTest.bd;

import org.junit.jupiter.api.Test;

class DirectionsTest {

    private static final RatingSettings HIGHER = RatingSettings.of(RagRule.of(Polarity.HIGHER_IS_BETTER, null),
            ValueFormat.percent(1));

    @Test
    void comparesWithThePreviousPeriodAndTheSamePeriodLastYear() {
        Directions directions = Directions.of(Observation.of("Q3 2019/20", bd("85.0")),
                Observation.of("Q2 2019/20", bd("86.0")), Observation.of("Q3 2018/19", bd("80.0")), HIGHER);
        assertThat(directions.onPreviousPeriod().direction()).isEqualTo(DirectionOfTravel.WORSENING);
        assertThat(directions.onPreviousPeriod().explanation())
                .isEqualTo("Worsening: 85.0% against 86.0% in Q2 2019/20");
        assertThat(directions.onSamePeriodLastYear().direction()).isEqualTo(DirectionOfTravel.IMPROVING);
        assertThat(directions.onSamePeriodLastYear().explanation())
                .isEqualTo("Improving: 85.0% against 80.0% in Q3 2018/19");
    }

    @Test
    void aChangeWithinTheAbsoluteThresholdIsStable() {
        var settings = HIGHER.withStableWithin(StableWithin.absolute(bd("0.5")));
        Travel travel = Travel.between(Observation.of("Q2", bd("85.0")), Observation.of("Q3", bd("85.5")), settings);
        assertThat(travel.direction()).isEqualTo(DirectionOfTravel.STABLE);
        assertThat(travel.explanation()).isEqualTo("Stable: 85.5% against 85.0% in Q2, a change within 0.5 points");
        assertThat(Travel.between(Observation.of("Q2", bd("85.0")), Observation.of("Q3", bd("85.6")), settings)
                .direction()).isEqualTo(DirectionOfTravel.IMPROVING);
    }

    @Test
    void aChangeWithinThePercentageOfTheEarlierValueIsStable() {
        var settings = RatingSettings.of(RagRule.of(Polarity.LOWER_IS_BETTER, null), ValueFormat.number(0))
                .withStableWithin(StableWithin.percent(bd("2")));
        assertThat(DirectionOfTravel.between(bd("500"), bd("510"), settings.rag(), settings.stableWithin()))
                .isEqualTo(DirectionOfTravel.STABLE);
        assertThat(DirectionOfTravel.between(bd("500"), bd("511"), settings.rag(), settings.stableWithin()))
                .isEqualTo(DirectionOfTravel.WORSENING);
        assertThat(DirectionOfTravel.between(bd("500"), bd("489"), settings.rag(), settings.stableWithin()))
                .isEqualTo(DirectionOfTravel.IMPROVING);
        assertThat(Travel.between(Observation.of("2018/19", bd("500")), Observation.of("2019/20", bd("505")), settings)
                .explanation()).isEqualTo("Stable: 505 against 500 in 2018/19, a change within 2% of the earlier value");
    }

    @Test
    void withTheDefaultThresholdOnlyNoChangeIsStable() {
        assertThat(DirectionOfTravel.between(bd("85.0"), bd("85.1"), HIGHER.rag(), StableWithin.ZERO))
                .isEqualTo(DirectionOfTravel.IMPROVING);
        assertThat(Travel.between(Observation.of("Q2", bd("85.0")), Observation.of("Q3", bd("85.00")), HIGHER)
                .explanation()).isEqualTo("Stable: 85.0% against 85.0% in Q2");
    }

    @Test
    void missingValuesGiveNoComparisonAndSayWhy() {
        Directions directions = Directions.of(Observation.of("Q3", bd("85")), Observation.of("Q2", null), null,
                HIGHER);
        assertThat(directions.onPreviousPeriod().explanation()).isEqualTo("No comparison: no value for Q2");
        assertThat(directions.onSamePeriodLastYear().explanation())
                .isEqualTo("No comparison: no value for the same period last year");
        assertThat(directions.onSamePeriodLastYear().direction()).isEqualTo(DirectionOfTravel.UNKNOWN);
    }
}
