package uk.co.goldenthread.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.co.goldenthread.AdminUiTest;

/**
 * The deputies and leaving panel says what is missing beside each field, listed under "There is a problem" at its top
 * in the order of the page, never in a red toast; nothing is saved. Rolled back.
 */
class DeputiesErrorsTest extends AdminUiTest {

    @Test
    void aDeputyWithNothingChosenIsRefusedFieldByField() {
        signInAndOpen("priya.shah", "people");
        selectRow(grid("People"), "username", "james.lewis");
        click("Add deputy");

        assertThat(errorSummary()).containsExactly("Deputy: Choose who acts for James Lewis.",
                "From: Give the first day the deputy acts.", "To: Give the last day the deputy acts.");
        assertThat(errorOf("Deputy")).isEqualTo("Choose who acts for James Lewis.");
        assertThat(errorOf("From")).isEqualTo("Give the first day the deputy acts.");
        assertThat(errorToasts()).isEmpty();
        assertThat(column(grid("Deputies"), "deputy")).isEmpty();

        click("Mark as leaver");
        assertThat(errorSummary()).containsExactly("Left on: Give the day they leave (or left).");
        assertThat(errorOf("Deputy")).as("only the fields of the last refusal are marked").isEmpty();
        assertThat(errorToasts()).isEmpty();
    }
}
