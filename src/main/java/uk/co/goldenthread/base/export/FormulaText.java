package uk.co.goldenthread.base.export;

import java.util.regex.Pattern;

/**
 * Text that a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return) and how it is
 * made safe: an apostrophe in front, as Excel itself does when someone types such text. Plain numbers such as -1.5
 * are left alone, so numbers stay numbers.
 */
public final class FormulaText {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaText() {
    }

    /** Whether a spreadsheet could read this text as a formula. */
    public static boolean isFormulaLike(String text) {
        return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(text).matches();
    }

    /** The text with an apostrophe in front when it is formula-like; otherwise the text itself. */
    public static String neutralised(String text) {
        return isFormulaLike(text) ? "'" + text : text;
    }

    /** The text as it was before {@link #neutralised}: what an import reads back from a neutralised cell. */
    public static String restored(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && isFormulaLike(text.substring(1)) ? text.substring(1) : text;
    }
}
