package uk.co.goldenthread;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements the MariaDB server ran while an action ran: its Questions counter (every statement a client sent,
 * JPA's and Flowable's alike; a JDBC batch sent as one bulk command counts once), less the reading of the counter
 * itself. The tests' job executor is off, so nothing else runs in the background.
 */
public final class Statements {

    private final JdbcTemplate jdbc;
    private final long overhead;

    public Statements(ApplicationContext context) {
        this.jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = questions();
            least = Math.min(least, questions() - before);
        }
        this.overhead = least;
    }

    /** Runs the action on this thread and counts the statements the server ran meanwhile. */
    public long of(Runnable action) {
        long before = questions();
        action.run();
        return questions() - before - overhead;
    }

    private long questions() {
        return jdbc.query("SHOW GLOBAL STATUS LIKE 'Questions'", (rs, row) -> rs.getLong(2)).getFirst();
    }
}
