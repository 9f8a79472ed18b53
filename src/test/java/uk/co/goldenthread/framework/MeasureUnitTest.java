package uk.co.goldenthread.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.base.InvalidInputException;

class MeasureUnitTest {

    @Test
    void acceptsNumbersWithTheUnitsOwnSignsAndThousandsSeparators() {
        assertThat(MeasureUnit.PERCENT.parse("87.5%", 1, "X")).isEqualByComparingTo("87.5");
        assertThat(MeasureUnit.POUNDS.parse("£1,250,000", 0, "X")).isEqualByComparingTo("1250000");
        assertThat(MeasureUnit.NUMBER.parse(" 4,620 ", 0, "X")).isEqualByComparingTo("4620");
        assertThat(MeasureUnit.PERCENT.parse("-1.2", 1, "X")).isEqualByComparingTo("-1.2");
        assertThat(MeasureUnit.PERCENT.parse("", 1, "X")).isNull();
    }

    @Test
    void keepsTheMeasuresScale() {
        assertThat(MeasureUnit.PERCENT.parse("90", 1, "X")).isEqualTo(new BigDecimal("90.0"));
    }

    @Test
    void refusesWhatIsNotANumberSayingWhatIsExpectedAndWhere() {
        assertThatThrownBy(() -> MeasureUnit.PERCENT.parse("about half", 1, "FIN02"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("FIN02"))
                        .isEqualTo("'about half' is not a number. Enter a number in % with at most 1 decimal place, for example 42.5."));
    }

    @Test
    void refusesTooManyDecimalPlacesAndNegativeCounts() {
        assertThatThrownBy(() -> MeasureUnit.NUMBER.parse("2.5", 0, "FIN04")).hasMessageContaining("no decimal places");
        assertThatThrownBy(() -> MeasureUnit.DAYS.parse("-3", 0, "D1")).hasMessageContaining("cannot be negative");
    }

    @Test
    void formatsValuesAsABritishReaderExpects() {
        assertThat(MeasureUnit.POUNDS.format(new BigDecimal("1250000"), 0)).isEqualTo("£1,250,000");
        assertThat(MeasureUnit.POUNDS.format(new BigDecimal("-20.5"), 2)).isEqualTo("-£20.50");
        assertThat(MeasureUnit.PERCENT.format(new BigDecimal("88.5"), 1)).isEqualTo("88.5%");
        assertThat(MeasureUnit.DAYS.format(new BigDecimal("12"), 0)).isEqualTo("12 days");
    }
}
