package uk.co.goldenthread.framework.measures;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.FinancialQuarter;

/**
 * A measure's SPC limit settings as the Performance Team writes them: the quarter up to which the limits are fixed
 * (a baseline, e.g. Q4 2020/21), and the quarters from which they are recalculated (a new process, e.g. after a change
 * of service model), written "Q1 2021/22; Q3 2022/23".
 */
public final class SpcLimits {

    public static final String FIXED_UNTIL = "SPC limits fixed until";
    public static final String CHANGE_POINTS = "SPC change points";
    private static final Pattern QUARTER = Pattern.compile("Q([1-4]) *(\\d{4})/(\\d{2})", Pattern.CASE_INSENSITIVE);

    private SpcLimits() {
    }

    /** The quarters of a "Q1 2021/22; Q3 2022/23" list, as written (stripped), repeats dropped. */
    public static List<String> quarters(@Nullable String written) {
        if (written == null || written.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(written.split("[;,]")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(SpcLimits::canonical).toList()));
    }

    /** A quarter written loosely ("q4 2020/21") as its label (Q4 2020/21); anything else as it was written. */
    public static @Nullable String canonical(@Nullable String written) {
        return written == null ? null : quarter(written).map(FinancialQuarter::label).orElse(written.strip());
    }

    public static @Nullable String joined(List<String> quarters) {
        return quarters.isEmpty() ? null : String.join("; ", quarters);
    }

    /** The quarter a label such as "Q4 2020/21" names, if it names one (the year's two halves must follow). */
    public static Optional<FinancialQuarter> quarter(String label) {
        Matcher m = QUARTER.matcher(label.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(2));
        if (Integer.parseInt(m.group(3)) != (year + 1) % 100) {
            return Optional.empty();
        }
        return Optional.of(new FinancialQuarter(year, Integer.parseInt(m.group(1))));
    }

    /** The first change point on or before the fixed baseline's last quarter, if any (settings that are quarters). */
    public static Optional<String> insideBaseline(@Nullable String fixedUntil, @Nullable String changePoints) {
        Optional<FinancialQuarter> baseline = fixedUntil == null ? Optional.empty() : quarter(fixedUntil);
        return baseline.flatMap(last -> quarters(changePoints).stream().filter(p -> quarter(p)
                .map(q -> q.index() <= last.index()).orElse(false)).findFirst());
    }

    /** Each setting that is not a quarter, or a change point not after the fixed baseline, refused beside its field. */
    static void check(Map<String, String> errors, @Nullable String fixedUntil, @Nullable String changePoints) {
        if (fixedUntil != null && quarter(fixedUntil).isEmpty()) {
            errors.put(FIXED_UNTIL, "Write the last quarter of the baseline as Q4 2020/21, or leave it blank to set the "
                    + "limits from every point.");
        }
        List<String> points = quarters(changePoints);
        Optional<String> notAQuarter = points.stream().filter(p -> quarter(p).isEmpty()).findFirst();
        if (notAQuarter.isPresent()) {
            errors.put(CHANGE_POINTS, "'" + notAQuarter.get() + "' is not a quarter: write each as Q1 2021/22, with ; "
                    + "between them.");
            return;
        }
        insideBaseline(fixedUntil, changePoints).ifPresent(point -> errors.put(CHANGE_POINTS, point + " is within "
                + "the fixed baseline (to " + fixedUntil + "): a change point starts a new process after it."));
        if (String.join("; ", points).length() > 500) {
            errors.put(CHANGE_POINTS, "Keep the change points to 500 characters.");
        }
    }
}
