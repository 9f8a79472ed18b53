package uk.co.goldenthread.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How a measure's values are written in explanations: prefix and suffix of the unit, decimal places, and what a
 * difference is called (a gap between two percentages is in "points", percentage points, not in per cent).
 */
public record ValueFormat(String prefix, String suffix, int decimalPlaces, boolean percentagePoints) {

    public static ValueFormat percent(int decimalPlaces) {
        return new ValueFormat("", "%", decimalPlaces, true);
    }

    public static ValueFormat number(int decimalPlaces) {
        return new ValueFormat("", "", decimalPlaces, false);
    }

    /** A value, e.g. "96.9%", "£1,250", "-2.0%". */
    public String value(BigDecimal value) {
        return (value.signum() < 0 ? "-" : "") + prefix + number(value.abs()) + suffix;
    }

    /** The size of a gap between two values, e.g. "0.1 points", "£200", "3 days". */
    public String difference(BigDecimal gap) {
        BigDecimal size = gap.abs();
        if (percentagePoints) {
            String number = number(size);
            return number + (number.equals("1") ? " point" : " points");
        }
        return value(size);
    }

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(decimalPlaces);
        format.setMaximumFractionDigits(decimalPlaces);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
