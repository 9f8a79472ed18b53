package uk.co.goldenthread.framework.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.Labelled;
import uk.co.goldenthread.performance.Polarity;

/** Turns canonical text (already validated) back into values for the entities; blank gives null. */
final class Cells {

    private Cells() {
    }

    static <E extends Enum<E> & Labelled> @Nullable E label(Class<E> type, String text) {
        return text.isEmpty() ? null : Labelled.parse(type, text).orElseThrow();
    }

    /** A label the checks require (its column is NOT NULL), so never blank here. */
    static <E extends Enum<E> & Labelled> E requiredLabel(Class<E> type, String text) {
        return Labelled.parse(type, text).orElseThrow(() -> new IllegalStateException("'" + text + "' passed the "
                + "checks but is not a " + type.getSimpleName()));
    }

    static @Nullable Polarity polarity(String text) {
        return Arrays.stream(Polarity.values()).filter(p -> p.label().equals(text)).findFirst().orElse(null);
    }

    static @Nullable BigDecimal number(String text) {
        return text.isEmpty() ? null : new BigDecimal(text);
    }

    /** A number the checks require (its column is NOT NULL), so never blank here. */
    static BigDecimal requiredNumber(String text) {
        if (text.isEmpty()) {
            throw new IllegalStateException("A required number passed the checks blank");
        }
        return new BigDecimal(text);
    }

    static @Nullable LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    static @Nullable String text(String text) {
        return text.isEmpty() ? null : text;
    }

    /** The first year of a financial year written 2019/20. */
    static int year(String text) {
        return Integer.parseInt(text.substring(0, 4));
    }

    static @Nullable Integer quarter(String text) {
        return text.isEmpty() ? null : Integer.parseInt(text.substring(1));
    }

    static List<String> list(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("; "));
    }
}
