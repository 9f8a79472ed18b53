package uk.co.goldenthread.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.goldenthread.Timers.date;

import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.TestTimetable;
import uk.co.goldenthread.Timers;
import uk.co.goldenthread.quarters.QuarterService;

/**
 * A council's record outlives 19 January 2038, where MariaDB's TIMESTAMP ends (before 11.5): Flowable's timer and job
 * dates are DATETIME(3), so a quarter whose deadlines fall after it opens, and its timers keep their instants. Every
 * quarter here is rolled back (2040/41 and 2041/42 are this test's years).
 */
@SpringBootTest
class DeadlinesAfter2038Test {

    @Autowired
    ApplicationContext context;
    @Autowired
    QuarterService quarters;
    @Autowired
    DataSource application;

    @AfterEach
    void cleanUp() {
        new Timers(context).resetClock();
        SignIn.out();
    }

    @Test
    @Transactional
    void quartersIn2040And2041OpenAndTheirTimersFireAtTheirInstant() {
        var journeys = new Journeys(context);
        var timers = new Timers(context);
        SignIn.as(context, "priya.shah");
        long q1 = quarters.open(TestTimetable.of(2040, 1)).id();
        long q4 = quarters.open(TestTimetable.of(2041, 4)).id();
        long finance = journeys.returnOf(q1, "Strategic Finance").id();
        long late = journeys.returnOf(q4, "Strategic Finance").id();

        // Q1 2040/41 ends 30 Jun 2040: submission due 14 Jul, so it has passed at the start of 15 Jul (local time)
        assertThat(timers.waiting(finance)).extracting(Job::getDuedate).contains(date(at(2040, 7, 15, 0)));
        // Q4 2041/42 ends 31 Mar 2042: submission due 14 Apr 2042
        assertThat(timers.waiting(late)).extracting(Job::getDuedate).contains(date(at(2042, 4, 15, 0)));
        // stored as the local wall-clock time the driver sent, whatever the zone of the JVM
        assertThat(new JdbcTemplate(application).queryForList("SELECT CAST(DUEDATE_ AS CHAR) FROM ACT_RU_TIMER_JOB"
                + " WHERE PROCESS_INSTANCE_ID_ = ?", String.class, timers.waiting(finance).getFirst()
                .getProcessInstanceId())).contains("2040-07-15 00:00:00.000");

        timers.setClock(at(2040, 7, 15, 0).plusSeconds(1));
        assertThat(timers.fireDue(finance)).as("timers due by then").isPositive();
        assertThat(new JdbcTemplate(application).queryForObject("SELECT COUNT(*) FROM overdue_step WHERE return_id = ?"
                + " AND step = 'COMPLETE'", Integer.class, finance)).as("the escalation recorded").isPositive();
    }

    @Test
    void noColumnOfTheDatabaseIsATimestamp() {
        assertThat(new JdbcTemplate(application).queryForList("SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME) FROM"
                + " INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND DATA_TYPE = 'timestamp'",
                String.class)).isEmpty();
    }

    private static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }
}
