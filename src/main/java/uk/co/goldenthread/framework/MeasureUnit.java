package uk.co.goldenthread.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.performance.ValueFormat;

/** The unit a measure is reported in; values are typed as plain numbers, optionally with the unit's sign. */
public enum MeasureUnit implements Labelled {
    PERCENT("%", "", "%", true),
    NUMBER("number", "", "", false),
    POUNDS("£", "£", "", true),
    RATE_PER_1000("rate per 1,000", "", "", false),
    RATIO("ratio", "", "", false),
    DAYS("days", "", " days", false),
    KG("kg", "", " kg", false),
    SQUARE_METRES("m²", "", " m²", false),
    MILESTONE("milestone", "", "% complete", false);

    private final String label;
    private final String prefix;
    private final String suffix;
    private final boolean mayBeNegative;

    MeasureUnit(String label, String prefix, String suffix, boolean mayBeNegative) {
        this.label = label;
        this.prefix = prefix;
        this.suffix = suffix;
        this.mayBeNegative = mayBeNegative;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Reads what a person typed as a value in this unit with at most {@code decimalPlaces} decimals; refuses
     * anything else with a message that says what is expected. Blank means no value.
     */
    public @Nullable BigDecimal parse(@Nullable String text, int decimalPlaces, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.trim().replace(",", "").replace(" ", "");
        if (!prefix.isEmpty() && cleaned.startsWith(prefix)) {
            cleaned = cleaned.substring(prefix.length());
        }
        if (!suffix.isBlank() && cleaned.endsWith(suffix.trim())) {
            cleaned = cleaned.substring(0, cleaned.length() - suffix.trim().length());
        }
        BigDecimal value;
        try {
            value = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "'" + text.trim() + "' is not a number. " + expectation(decimalPlaces));
        }
        if (value.signum() < 0 && !mayBeNegative) {
            throw InvalidInputException.of(field, "A value in " + label + " cannot be negative.");
        }
        if (value.stripTrailingZeros().scale() > decimalPlaces) {
            throw InvalidInputException.of(field, "Too many decimal places. " + expectation(decimalPlaces));
        }
        return value.setScale(decimalPlaces, RoundingMode.UNNECESSARY);
    }

    /** A value as shown on screen and in packs, e.g. "£1,250", "87.5%", "12 days". */
    public String format(@Nullable BigDecimal value, int decimalPlaces) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(decimalPlaces);
        format.setMaximumFractionDigits(decimalPlaces);
        String number = format.format(value.abs());
        return (value.signum() < 0 ? "-" : "") + prefix + number + suffix;
    }

    /** How explanations and charts write values in this unit. */
    public ValueFormat valueFormat(int decimalPlaces) {
        return new ValueFormat(prefix, suffix, decimalPlaces, this == PERCENT);
    }

    private String expectation(int decimalPlaces) {
        String example = decimalPlaces == 0 ? "42" : "42." + "5".repeat(decimalPlaces);
        return "Enter a number in " + label + (decimalPlaces == 0 ? " with no decimal places"
                : " with at most " + decimalPlaces + " decimal place" + (decimalPlaces == 1 ? "" : "s"))
                + ", for example " + example + ".";
    }
}
