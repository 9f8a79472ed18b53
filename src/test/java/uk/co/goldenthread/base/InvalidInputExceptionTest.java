package uk.co.goldenthread.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A refusal keeps its field errors in the order they were found, which is the order a person reads the form in. */
class InvalidInputExceptionTest {

    @Test
    void theFieldErrorsKeepTheOrderTheyWereFoundIn() {
        List<String> fields = List.of("Title", "Code", "Unit", "Polarity", "Band from", "Band to", "Tolerance",
                "Frequency", "Baseline", "Baseline period", "Owner", "Commissioning area");
        Map<String, String> found = new LinkedHashMap<>();
        fields.forEach(field -> found.put(field, "Check " + field + "."));

        var refusal = new InvalidInputException(found);

        assertThat(refusal.fieldErrors().keySet()).containsExactlyElementsOf(fields);
        assertThat(refusal.getMessage()).startsWith("Nothing was saved. Title: Check Title.; Code: Check Code.");
        found.put("Later", "Changed after the refusal.");
        assertThat(refusal.fieldErrors()).as("a copy, not a view").doesNotContainKey("Later");
    }
}
