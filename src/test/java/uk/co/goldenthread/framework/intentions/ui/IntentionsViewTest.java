package uk.co.goldenthread.framework.intentions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.AdminUiTest;
import uk.co.goldenthread.framework.IntentionKind;

class IntentionsViewTest extends AdminUiTest {

    @Test
    void anIntentionIsAddedWithMilestones() {
        signInAndOpen("priya.shah", "intentions");
        click("New intention");
        fill("Code", "INT01");
        fill("Title", "Deliver a sustainable MTFP and capital strategy");
        fill("Kind", IntentionKind.MILESTONE);
        fill("Owned by all ADs", true);
        click("Save intention");
        assertThat(notificationTexts()).contains("Intention added.");
        assertThat(column(grid("Intentions"), "owner")).contains("All ADs");

        selectRow(grid("Intentions"), "code", "INT01");
        click("Add milestone");
        assertThat(errorOf("Milestone")).isEqualTo("Say what will be achieved.");
        assertThat(errorOf("Due")).isEqualTo("Give the date the milestone is due.");
        assertThat(errorSummary()).containsExactly("Milestone: Say what will be achieved.",
                "Due: Give the date the milestone is due.");
        assertThat(errorToasts()).as("the refusal is beside the fields, not in a toast").isEmpty();
        fill("Milestone", "MTFP agreed by Council");
        fill("Due", LocalDate.of(2020, 2, 6));
        click("Add milestone");

        assertThat(column(grid("Milestones"), "due")).containsExactly("6 Feb 2020");
        assertThat(errorSummary()).isEmpty();
        assertThat(column(grid("Intentions"), "milestone")).contains("MTFP agreed by Council, 6 Feb 2020");
    }
}
