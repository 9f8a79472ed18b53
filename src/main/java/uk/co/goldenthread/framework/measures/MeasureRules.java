package uk.co.goldenthread.framework.measures;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.TextLimits;
import uk.co.goldenthread.framework.MeasureStatus;
import uk.co.goldenthread.performance.Polarity;

/** The rules a measure's properties must meet on their own, with a message per field as the form labels it. */
public final class MeasureRules {

    /** Codes appear in packs, files and URLs: short, and without spaces. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");
    static final int MAX_DECIMAL_PLACES = 4;

    private MeasureRules() {
    }

    /** The problems with the form; {@code hasTargets} says whether the measure already has targets. */
    static Map<String, String> problems(MeasureForm f, boolean hasTargets) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!CODE.matcher(f.code()).matches()) {
            errors.put("Code", "Give a code of up to 20 letters, digits, dots, dashes or underscores, e.g. FIN01.");
        }
        if (f.title().isEmpty()) {
            errors.put("Title", "Give the measure a title.");
        } else if (f.title().length() > 500) {
            errors.put("Title", "Keep the title to 500 characters; put the rest in the definition.");
        }
        TextLimits.check(errors, "Definition", f.definition(), TextLimits.LONG_TEXT);
        TextLimits.check(errors, "Data source", f.dataSource(), TextLimits.TITLE);
        TextLimits.check(errors, "Baseline period", f.baselinePeriod(), TextLimits.CODE);
        TextLimits.check(errors, "Proxy rationale", f.proxyRationale(), TextLimits.LONG_TEXT);
        TextLimits.check(errors, "Notes", f.notes(), TextLimits.LONG_TEXT);
        required(errors, "Type", f.kind(), "Choose KBM, KBI or indicator.");
        required(errors, "Unit", f.unit(), "Choose the unit the values are reported in.");
        required(errors, "Frequency", f.frequency(), "Choose how often the measure has new data.");
        required(errors, "Status", f.status(), "Choose draft or active.");
        if (f.status() == MeasureStatus.RETIRED) {
            errors.put("Status", "Use Retire measure to retire it, so that its open returns are checked first.");
        }
        if (f.decimalPlaces() < 0 || f.decimalPlaces() > MAX_DECIMAL_PLACES) {
            errors.put("Decimal places", "Use 0 to " + MAX_DECIMAL_PLACES + " decimal places.");
        }
        if (f.polarity() == null && (hasTargets || f.tolerance() != null)) {
            errors.put("Polarity", "Say which way is good: the measure has " + (hasTargets ? "targets" : "a tolerance")
                    + ", which cannot be rated without a polarity.");
        }
        checkBand(errors, f);
        if (f.tolerance() != null && f.tolerance().signum() < 0) {
            errors.put("Tolerance", "The tolerance is how far a miss may be and still be amber: 0 or more.");
        }
        if (f.stableWithin() != null && f.stableWithin().signum() < 0) {
            errors.put("Stable within", "A change no bigger than this counts as stable: 0 or more.");
        } else if (f.stableWithin() != null && f.stableWithinPercent()
                && f.stableWithin().compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.put("Stable within", "As a percentage of the earlier value, use 0 to 100.");
        }
        if (f.minimumCount() != null && (f.minimumCount().signum() < 0 || tooPrecise(f.minimumCount(), 0))) {
            errors.put("Minimum count", "Give the smallest count or denominator that is rated, as a whole number, "
                    + "e.g. 10; leave it blank to rate every value.");
        }
        SpcLimits.check(errors, f.spcFixedUntil(), f.spcChangePoints());
        if (f.baselineValue() != null && f.baselinePeriod() == null) {
            errors.put("Baseline period", "Give the period the baseline relates to, e.g. 2018/19.");
        }
        if (f.baselineValue() != null && tooPrecise(f.baselineValue(), f.decimalPlaces())) {
            errors.put("Baseline", "Give the baseline with at most " + f.decimalPlaces() + " decimal places.");
        }
        if (f.proxy() && f.proxyRationale() == null) {
            errors.put("Proxy rationale", "Say why a proxy is used and what it stands in for.");
        }
        if (f.improvementCategory() != null && f.improvementLeadId() == null) {
            errors.put("Improvement lead", "Every item in an improvement category has a lead person: choose one.");
        }
        return errors;
    }

    static boolean tooPrecise(BigDecimal value, int decimalPlaces) {
        return value.stripTrailingZeros().scale() > decimalPlaces;
    }

    private static void checkBand(Map<String, String> errors, MeasureForm f) {
        boolean band = f.polarity() == Polarity.WITHIN_BAND;
        if ((band || f.bandLower() != null || f.bandUpper() != null) && (f.bandLower() == null || f.bandUpper() == null)) {
            errors.put(f.bandLower() == null ? "Band from" : "Band to",
                    "A band needs both limits, e.g. from -2 to 0.");
        } else if (f.bandLower() != null && f.bandUpper() != null) {
            if (!band) {
                errors.put("Polarity", "The measure has a band: choose 'within band', or clear the band.");
            } else if (f.bandLower().compareTo(f.bandUpper()) > 0) {
                errors.put("Band to", "The upper limit must not be below the lower limit.");
            }
        }
    }

    private static void required(Map<String, String> errors, String field, @Nullable Object value, String message) {
        if (value == null) {
            errors.put(field, message);
        }
    }
}
