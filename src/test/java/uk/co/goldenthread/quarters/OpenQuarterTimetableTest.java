package uk.co.goldenthread.quarters;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.base.InvalidInputException;

/** The service checks the timetable again, whatever the form proposed; each test is rolled back. */
@SpringBootTest
@Transactional
class OpenQuarterTimetableTest {

    private static final FinancialQuarter Q3_2019 = new FinancialQuarter(2019, 3);

    @Autowired
    ApplicationContext context;
    @Autowired
    QuarterService quarters;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void thePerformanceTeamGetsATimetableProposedFromTheCabinetMeeting() {
        SignIn.as(context, "priya.shah");
        assertThat(quarters.proposeTimetable(of(2020, 1, 30)).publicationDate()).isEqualTo(of(2020, 1, 22));

        SignIn.as(context, "james.lewis");
        assertThatThrownBy(() -> quarters.proposeTimetable(of(2020, 1, 30))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void cabinetPapersLessThanFiveClearWorkingDaysBeforeTheMeetingAreRefused() {
        SignIn.as(context, "priya.shah");
        var tooLate = new OpenQuarterRequest(Q3_2019, of(2020, 1, 2), of(2020, 1, 9), of(2020, 1, 14), of(2020, 1, 16),
                of(2020, 1, 23), of(2020, 1, 30));
        assertThatThrownBy(() -> quarters.open(tooLate)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsExactly(org.assertj.core.api.Assertions.entry(
                        "Cabinet papers published",
                        "must be at least 5 clear working days before the Cabinet meeting: 22 Jan 2020 at the latest.")));
    }

    @Test
    void theDeadlinesMustFallInOrder() {
        SignIn.as(context, "priya.shah");
        var muddled = new OpenQuarterRequest(Q3_2019, of(2020, 1, 9), of(2020, 1, 2), of(2020, 1, 14), of(2020, 1, 13),
                of(2020, 1, 10), of(2020, 1, 30));
        assertThatThrownBy(() -> quarters.open(muddled)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("Review deadline", "Pack compile deadline",
                        "Cabinet papers published"));
    }
}
