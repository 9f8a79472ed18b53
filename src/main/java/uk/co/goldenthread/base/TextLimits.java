package uk.co.goldenthread.base;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How long a text may be: the width of the column it is stored in. A longer text is refused beside its field, naming
 * the limit and the length, and never cut.
 */
public final class TextLimits {

    /** Codes of measures, outcomes and intentions; periods such as "2018/19" or "data as at". */
    public static final int CODE = 40;
    /** Names of directorates, commissioning areas, councils and framework versions. */
    public static final int NAME = 300;
    /** Titles of measures, outcomes, intentions and milestones; data sources. */
    public static final int TITLE = 500;
    /** Definitions, notes, rationales and commentary: a TEXT column holds 65,535 bytes, 10,000 characters at 4 bytes. */
    public static final int LONG_TEXT = 10_000;

    private TextLimits() {
    }

    /** Adds "Keep the {field} to {limit} characters; this has {n}." for a text over its limit (ends stripped). */
    public static void check(Map<String, String> errors, String field, @Nullable String value, int limit) {
        int length = value == null ? 0 : value.strip().length();
        if (length > limit) {
            errors.putIfAbsent(field, "Keep the " + field.toLowerCase(Locale.UK) + " to " + String.format(Locale.UK, "%,d",
                    limit) + " characters; this has " + String.format(Locale.UK, "%,d", length) + ".");
        }
    }
}
