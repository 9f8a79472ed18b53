package uk.co.goldenthread.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
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

    /** "To" offers only days from "From" on, and says so as an earlier day is typed; the service still checks. */
    @Test
    void theLastDayOffersOnlyDaysFromTheFirstAndSaysSoAsAnEarlierDayIsTyped() {
        signInAndOpen("priya.shah", "people");
        selectRow(grid("People"), "username", "james.lewis");
        var from = _get(DatePicker.class, s -> s.withLabel("From"));
        var to = _get(DatePicker.class, s -> s.withLabel("To"));
        _setValue(from, LocalDate.of(2026, 12, 14));
        assertThat(to.getMin()).isEqualTo(LocalDate.of(2026, 12, 14));

        _setValue(to, LocalDate.of(2026, 12, 11));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getElement().getProperty("errorMessage")).isEqualTo("Give 14 Dec 2026 or a later date.");
        _setValue(to, LocalDate.of(2026, 12, 14));
        assertThat(to.isInvalid()).as("the first day may be the last").isFalse();

        _setValue(from, null);
        assertThat(to.getMin()).as("no first day, no bound").isNull();
    }
}
