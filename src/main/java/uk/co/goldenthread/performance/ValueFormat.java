package uk.co.goldenthread.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;

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

    /** UK style, "1,234.5": by hand, since a NumberFormat per call costs more than the rating itself. */
    private String number(BigDecimal value) {
        String plain = value.setScale(Math.max(0, decimalPlaces), RoundingMode.HALF_UP).toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder grouped = new StringBuilder(plain.length() + 4);
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return point < 0 ? grouped.toString() : grouped.append(plain, point, plain.length()).toString();
    }
}
