package uk.co.goldenthread.publicsite.ui;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.FinancialQuarter;

/**
 * The parts of a public pack URL: "2019-20" and "q3" or "q3.pdf", and "v1" or "v1.csv". Anything else is not a
 * pack URL, so the site answers 404 without asking the database.
 */
record PublicPath(FinancialQuarter period, @Nullable Integer version, String format) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("q([1-4])(?:\\.(pdf|csv|xlsx|json|html))?");
    private static final Pattern VERSION = Pattern.compile("v([1-9]\\d{0,3})(?:\\.(pdf|csv|xlsx|json|html))?");
    static final Pattern MEASURE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    /** "page" when no extension was given: the HTML page around the version. */
    static final String PAGE = "page";

    static Optional<PublicPath> latest(String year, String quarter) {
        Matcher q = QUARTER.matcher(quarter);
        return q.matches() ? period(year, q.group(1)).map(p -> new PublicPath(p, null, format(q.group(2))))
                : Optional.empty();
    }

    static Optional<PublicPath> version(String year, String quarter, String version) {
        Matcher q = QUARTER.matcher(quarter);
        Matcher v = VERSION.matcher(version);
        if (!q.matches() || q.group(2) != null || !v.matches()) {
            return Optional.empty();
        }
        return period(year, q.group(1)).map(p -> new PublicPath(p, Integer.valueOf(v.group(1)), format(v.group(2))));
    }

    private static Optional<FinancialQuarter> period(String year, String quarter) {
        Matcher y = YEAR.matcher(year);
        if (!y.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(y.group(1));
        if ((start + 1) % 100 != Integer.parseInt(y.group(2)) || start < 1990 || start > 2200) {
            return Optional.empty();
        }
        return Optional.of(new FinancialQuarter(start, Integer.parseInt(quarter)));
    }

    private static String format(@Nullable String extension) {
        return extension == null ? PAGE : extension;
    }
}
