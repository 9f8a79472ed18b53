package uk.co.goldenthread.framework;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An enumeration whose values have the words people use for them, on screen and in import files. */
public interface Labelled {

    String label();

    /** The value whose label (or constant name) matches the text, ignoring case and surrounding spaces. */
    static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text) {
        String wanted = text.strip().toLowerCase(Locale.UK);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.label().toLowerCase(Locale.UK).equals(wanted) || e.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** The labels of all values, for messages such as "use one of: ...". */
    static <E extends Enum<E> & Labelled> String choices(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Labelled::label).toList());
    }
}
