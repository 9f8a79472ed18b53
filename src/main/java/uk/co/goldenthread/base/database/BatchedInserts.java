package uk.co.goldenthread.base.database;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

/**
 * New entities persisted in JDBC batches of a given size and let go from the persistence context once sent, so that
 * thousands of rows cost a few statements and the transaction's later flushes need not check them again (an import's
 * measures, past values and audit entries). The session's batch size is set while this is open and put back on
 * {@link #close}; call {@link #send} once the last entity is persisted.
 */
public final class BatchedInserts implements AutoCloseable {

    private final EntityManager entityManager;
    private final Session session;
    private final @Nullable Integer batchSizeBefore;
    private final int sendEvery;
    private final List<Object> unsent = new ArrayList<>();

    /** JDBC batches of {@code batchSize} rows, sent and let go every {@code sendEvery} entities. */
    public BatchedInserts(EntityManager entityManager, int batchSize, int sendEvery) {
        this.entityManager = entityManager;
        this.session = entityManager.unwrap(Session.class);
        this.batchSizeBefore = session.getJdbcBatchSize();
        this.sendEvery = sendEvery;
        session.setJdbcBatchSize(batchSize);
    }

    /** Persists a new entity (its id is given now), sending what is waiting once {@code sendEvery} are. */
    public void persist(Object entity) {
        entityManager.persist(entity);
        unsent.add(entity);
        if (unsent.size() >= sendEvery) {
            send();
        }
    }

    /** Sends everything persisted so far (and whatever else the transaction has changed), then lets it go. */
    public void send() {
        session.flush();
        unsent.forEach(entityManager::detach);
        unsent.clear();
    }

    @Override
    public void close() {
        session.setJdbcBatchSize(batchSizeBefore);
    }
}
