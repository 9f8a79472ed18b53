package uk.co.goldenthread.quarters.workflow;

import static org.assertj.core.api.Assertions.assertThat;

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
import uk.co.goldenthread.base.calendar.WorkingDays;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.quarters.OpenQuarterRequest;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.Timetable;
import uk.co.goldenthread.quarters.TimetableRules;

/**
 * While a delegation covers the day, a reminder or escalation reaches the deputy as well, and a late person's deputy is
 * told their step is overdue; a step sent back after its deadline gets a fresh grace period
 * ({@code goldenthread.timetable.late-return-grace-days}) before it escalates again. Real SMTP (GreenMail), timers fired
 * on Flowable's clock. Each test commits its own quarter of 2022/23, which no other test uses; the delegations
 * (Jan-Feb 2023) are between people whose delegations and audit no other test counts.
 */
@SpringBootTest
class DeputiesAndGracePeriodTest {

    @RegisterExtension
    static final GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    ApplicationContext context;
    @Autowired
    QuarterService quarters;
    @Autowired
    PeopleService people;
    @Autowired
    TimetableRules rules;

    @AfterEach
    void resetClock() {
        new Timers(context).resetClock();
        SignIn.out();
    }

    @Test
    void theDeputiesOfTheLatePersonAndOfWhoeverIsToldHearToo() throws Exception {
        var journeys = new Journeys(context);
        var timers = new Timers(context);
        SignIn.as(context, "priya.shah");
        Timetable timetable = quarters.proposeTimetable(LocalDate.of(2023, 2, 16));
        long quarterId = quarters.open(OpenQuarterRequest.of(new FinancialQuarter(2022, 3), timetable)).id();
        long it = journeys.returnOf(quarterId, "Strategic IT").id();
        SignIn.as(context, "priya.shah");
        people.delegate("amy.evans", "tom.nguyen", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 28));
        people.delegate("daniel.okafor", "ruth.khan", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 28));

        LocalDate due = timetable.submissionDue();
        timers.setClock(WorkingDays.before(due, rules.getReminderDaysBeforeDeadline()).atTime(10, 0));
        assertThat(timers.fireDue(it)).isEqualTo(1);
        assertThat(recipientsOfNew(0)).containsExactlyInAnyOrder("amy.evans@demoshire.example",
                "tom.nguyen@demoshire.example");
        assertThat(bodyTo("tom.nguyen@demoshire.example")).contains("Dear Tom Nguyen",
                "as deputy for Amy Evans");

        timers.setClock(due.plusDays(1).atTime(1, 0));
        assertThat(timers.fireDue(it)).isEqualTo(1);
        assertThat(recipientsOfNew(2)).containsExactlyInAnyOrder("daniel.okafor@demoshire.example",
                "ruth.khan@demoshire.example", "tom.nguyen@demoshire.example");
        MimeMessage toLateDeputy = last("tom.nguyen@demoshire.example");
        assertThat(toLateDeputy.getSubject()).startsWith("Overdue: Q3 2022/23 return for Strategic IT");
        assertThat(GreenMailUtil.getBody(toLateDeputy)).contains("Dear Tom Nguyen",
                "You are told as deputy for Amy Evans", "http://localhost:8080/returns/" + it);
        assertThat(GreenMailUtil.getBody(last("ruth.khan@demoshire.example"))).contains(
                "as deputy for Daniel Okafor");
    }

    @Test
    void aStepSentBackAfterItsDeadlineGetsAGracePeriodBeforeItEscalatesAgain() throws Exception {
        var journeys = new Journeys(context);
        var timers = new Timers(context);
        SignIn.as(context, "priya.shah");
        Timetable timetable = quarters.proposeTimetable(LocalDate.of(2023, 5, 18));
        long quarterId = quarters.open(OpenQuarterRequest.of(new FinancialQuarter(2022, 4), timetable)).id();
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        timers.setClock(timetable.submissionDue().atTime(12, 0));
        journeys.fillIn(finance, Map.of());
        journeys.submit(finance);
        int before = smtp.getReceivedMessages().length;

        // sent back two days after the AD Delivery's deadline
        LocalDate sentBack = WorkingDays.after(timetable.submissionDue(), 2);
        timers.setClock(sentBack.atTime(11, 0));
        journeys.returnToDelivery(finance, "Please explain the fall in FIN01");
        timers.fireDue(finance);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).skip(before).map(this::subject))
                .as("no escalation at once").noneMatch(s -> s.startsWith("Overdue"));

        LocalDate graceDeadline = WorkingDays.after(sentBack, rules.getLateReturnGraceDays());
        assertThat(timers.waiting(finance)).extracting(Job::getDuedate)
                .contains(Timers.date(graceDeadline.plusDays(1).atStartOfDay()));
        timers.setClock(graceDeadline.atTime(23, 0));
        timers.fireDue(finance);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).skip(before).map(this::subject))
                .noneMatch(s -> s.startsWith("Overdue"));

        timers.setClock(graceDeadline.plusDays(1).atTime(1, 0));
        assertThat(timers.fireDue(finance)).isEqualTo(1);
        MimeMessage escalation = last("clare.foster@demoshire.example");
        assertThat(escalation.getSubject()).isEqualTo("Overdue: Q4 2022/23 return for Strategic Finance was due on "
                + uk.co.goldenthread.base.UkDates.format(graceDeadline));
        assertThat(GreenMailUtil.getBody(escalation)).contains("It is with James Lewis (AD Delivery)");
    }

    private List<String> recipientsOfNew(int alreadyReceived) throws Exception {
        MimeMessage[] received = smtp.getReceivedMessages();
        List<String> to = new java.util.ArrayList<>();
        for (int i = alreadyReceived; i < received.length; i++) {
            Arrays.stream(received[i].getRecipients(RecipientType.TO)).map(Object::toString).forEach(to::add);
        }
        return to;
    }

    private String bodyTo(String address) throws Exception {
        return GreenMailUtil.getBody(last(address));
    }

    private MimeMessage last(String address) throws Exception {
        MimeMessage found = null;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                found = m;
            }
        }
        assertThat(found).as("a message to " + address).isNotNull();
        return found;
    }

    private String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
