package uk.co.goldenthread.framework.io;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.Labelled;

/** One row of an import's effect: a thing in a table (named by its matching key) added, changed or retired. */
public record ImportChange(String table, String key, Kind kind, List<Field> fields) {

    /** What the import does to the thing. */
    public enum Kind implements Labelled {
        ADD("add"),
        CHANGE("change"),
        RETIRE("retire");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** One field's value before and after; blank values are null. */
    public record Field(String name, @Nullable String oldValue, @Nullable String newValue) {

        @Override
        public String toString() {
            return name + ": " + (oldValue == null ? "(blank)" : oldValue) + " → "
                    + (newValue == null ? "(blank)" : newValue);
        }
    }

    /** The field changes as one line for a grid, e.g. "title: Old → New; unit: % → number". */
    public String summary() {
        return String.join("; ", fields.stream().map(Field::toString).toList());
    }
}
