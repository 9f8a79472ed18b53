package uk.co.goldenthread.base;

import java.util.Map;
import java.util.stream.Collectors;

/** Input that was refused, with a message per field (keyed by the field's name); nothing was saved. */
public class InvalidInputException extends DomainException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(fieldErrors.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ", "Nothing was saved. ", "")));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
