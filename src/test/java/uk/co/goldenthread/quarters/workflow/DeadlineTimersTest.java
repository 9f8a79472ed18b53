package uk.co.goldenthread.quarters.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.goldenthread.Timers.date;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.TestSmtp;
import uk.co.goldenthread.Timers;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.quarters.OpenQuarterRequest;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.Timetable;
import uk.co.goldenthread.quarters.workflow.EscalatedStep;
import uk.co.goldenthread.quarters.workflow.OverdueSteps;

/**
 * Reminders before each deadline and escalation up the line once it has passed, fired on Flowable's clock, with the
 * e-mails caught by an SMTP server on the port the test configuration gives (TestSmtp).
 */
@SpringBootTest
class DeadlineTimersTest {

    @RegisterExtension
    static final GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    ApplicationContext context;
    @Autowired
    QuarterService quarters;
    @Autowired
    OverdueSteps overdue;

    Journeys journeys;
    Timers timers;
    long finance;

    /** Q2 2023/24 with its Cabinet on Thursday 16 November 2023: submission 19 Oct, review 26 Oct, sign-off 31 Oct. */
    @BeforeEach
    void openQuarter() {
        journeys = new Journeys(context);
        timers = new Timers(context);
        SignIn.as(context, "priya.shah");
        Timetable timetable = quarters.proposeTimetable(LocalDate.of(2023, 11, 16));
        long quarterId = quarters.open(OpenQuarterRequest.of(new FinancialQuarter(2023, 2), timetable)).id();
        finance = journeys.returnOf(quarterId, "Strategic Finance").id();
    }

    @AfterEach
    void resetClock() {
        timers.resetClock();
        SignIn.out();
    }

    @Test
    void aReminderBeforeTheDeadlineThenEscalationToTheNextLevelUpAtEachStep() throws Exception {
        assertThat(timers.waiting(finance)).extracting(Job::getDuedate)
                .containsExactly(date(at(2023, 10, 16, 9)), date(at(2023, 10, 20, 0)));
        timers.setClock(at(2023, 10, 13, 17));
        assertThat(timers.fireDue(finance)).isZero();

        timers.setClock(at(2023, 10, 16, 10));
        assertThat(timers.fireDue(finance)).isEqualTo(1);
        MimeMessage reminder = onlyNewMessage(0);
        assertThat(recipients(reminder)).containsExactly("james.lewis@demoshire.example");
        assertThat(reminder.getSubject()).isEqualTo("Reminder: Q2 2023/24 return for Strategic Finance is due on 19 Oct 2023");
        assertThat(GreenMailUtil.getBody(reminder)).contains("Dear James Lewis", "Thursday 19 October 2023",
                "http://localhost:8080/returns/" + finance);

        timers.setClock(at(2023, 10, 20, 1));
        assertThat(timers.fireDue(finance)).isEqualTo(1);
        MimeMessage escalation = onlyNewMessage(1);
        assertThat(recipients(escalation)).containsExactly("clare.foster@demoshire.example");
        assertThat(escalation.getSubject()).isEqualTo("Overdue: Q2 2023/24 return for Strategic Finance was due on 19 Oct 2023");
        assertThat(GreenMailUtil.getBody(escalation)).contains("It is with James Lewis (AD Delivery)",
                "the AD Commissioning for Strategic Finance", "http://localhost:8080/returns/" + finance);
        SignIn.as(context, "clare.foster");
        assertThat(overdue.escalatedToMe()).filteredOn(s -> s.returnId() == finance).singleElement()
                .satisfies(s -> {
                    assertThat(s.step()).isEqualTo("Complete return");
                    assertThat(s.withName()).isEqualTo("James Lewis");
                    assertThat(s.due()).isEqualTo(LocalDate.of(2023, 10, 19));
                });

        journeys.fillIn(finance, Map.of());
        journeys.submit(finance);
        SignIn.as(context, "clare.foster");
        assertThat(overdue.escalatedToMe()).noneMatch(s -> s.returnId() == finance);

        timers.setClock(at(2023, 10, 27, 1));
        assertThat(timers.fireDue(finance)).as("the review's reminder is not sent once its deadline has passed")
                .isEqualTo(2);
        MimeMessage toDirector = onlyNewMessage(2);
        assertThat(recipients(toDirector)).containsExactly("helen.marsh@demoshire.example");
        assertThat(toDirector.getSubject())
                .isEqualTo("Overdue: review of the Q2 2023/24 return for Strategic Finance was due on 26 Oct 2023");
        assertThat(GreenMailUtil.getBody(toDirector)).contains("It is with Clare Foster (AD Commissioning)");

        journeys.approve(finance);
        timers.setClock(at(2023, 11, 1, 1));
        timers.fireDue(finance);
        MimeMessage toPerformanceTeam = onlyNewMessage(3);
        assertThat(recipients(toPerformanceTeam)).containsExactly("priya.shah@demoshire.example");
        assertThat(toPerformanceTeam.getSubject())
                .isEqualTo("Overdue: sign-off of the Q2 2023/24 return for Strategic Finance was due on 31 Oct 2023");
        SignIn.as(context, "priya.shah");
        assertThat(overdue.escalatedToMe()).filteredOn(s -> s.returnId() == finance)
                .extracting(EscalatedStep::step, EscalatedStep::withName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sign off return", "Helen Marsh"));
    }

    private MimeMessage onlyNewMessage(int alreadyReceived) {
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(alreadyReceived + 1);
        return received[alreadyReceived];
    }

    private static List<String> recipients(MimeMessage message) throws Exception {
        return Arrays.stream(message.getRecipients(RecipientType.TO)).map(Object::toString).toList();
    }

    private static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }
}
