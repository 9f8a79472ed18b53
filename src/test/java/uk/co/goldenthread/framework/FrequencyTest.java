package uk.co.goldenthread.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FrequencyTest {

    @Test
    void measuresAreDueInTheQuartersWhenTheyHaveNewData() {
        assertThat(IntStream.rangeClosed(1, 4).filter(Frequency.QUARTERLY::isDueIn)).containsExactly(1, 2, 3, 4);
        assertThat(IntStream.rangeClosed(1, 4).filter(Frequency.MONTHLY::isDueIn)).containsExactly(1, 2, 3, 4);
        assertThat(IntStream.rangeClosed(1, 4).filter(Frequency.TERMLY::isDueIn)).containsExactly(1, 3, 4);
        assertThat(IntStream.rangeClosed(1, 4).filter(Frequency.ANNUAL::isDueIn)).containsExactly(4);
    }

    @Test
    void importWordsAreTheLabels() {
        assertThat(Labelled.parse(Frequency.class, " Annual ")).contains(Frequency.ANNUAL);
        assertThat(Labelled.parse(Frequency.class, "fortnightly")).isEmpty();
        assertThat(Labelled.choices(Frequency.class)).isEqualTo("monthly, quarterly, termly, annual");
    }
}
