package uk.co.goldenthread;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * What one user action costs the database: the transactions it begins on this thread (Spring's transaction manager,
 * which Flowable's commands join or begin through), and the SELECT statements the MariaDB server ran meanwhile
 * (its Com_select counter, so JPA's and Flowable's queries both count; the tests' job executor is off, so nothing else
 * runs in the background).
 */
public final class ClickCost implements TransactionExecutionListener {

    public record Cost(int transactions, long selects) {
    }

    private final ConfigurableTransactionManager transactionManager;
    private final JdbcTemplate jdbc;
    private final AtomicInteger transactions = new AtomicInteger();
    private volatile Thread measured;

    public ClickCost(ApplicationContext context) {
        this.transactionManager = (ConfigurableTransactionManager) context.getBean(PlatformTransactionManager.class);
        this.jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
        transactionManager.addListener(this);
    }

    /** Runs the action on this thread and counts what it cost. */
    public Cost of(Runnable action) {
        long selectsBefore = selects();
        transactions.set(0);
        measured = Thread.currentThread();
        try {
            action.run();
        } finally {
            measured = null;
        }
        return new Cost(transactions.get(), selects() - selectsBefore);
    }

    /** Stops listening to the shared transaction manager. */
    public void close() {
        transactionManager.getTransactionExecutionListeners().remove(this);
    }

    @Override
    public void beforeBegin(TransactionExecution transaction) {
        if (Thread.currentThread() == measured) {
            transactions.incrementAndGet();
        }
    }

    /** SHOW counts as Com_show_status, so reading the counter does not move it. */
    private long selects() {
        return jdbc.query("SHOW GLOBAL STATUS LIKE 'Com_select'", (rs, row) -> rs.getLong(2)).getFirst();
    }
}
