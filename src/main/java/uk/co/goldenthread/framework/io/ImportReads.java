package uk.co.goldenthread.framework.io;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import's large reads (the whole framework to compare with the file, every measure in force to find lost routes)
 * load entities that it never changes: loaded read-only (no snapshot to compare) and let go from the persistence
 * context straight after, so that the flushes of the import's own writes, and the checks Hibernate makes before each
 * later query, need not look at tens of thousands of measures.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ImportReads {

    private final EntityManager entityManager;

    ImportReads(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * What {@code read} gives, read with read-only entities, which are let go afterwards. Whatever the transaction had
     * changed before is written first, so nothing is lost when the persistence context is emptied.
     */
    <T> T readOnly(Supplier<T> read) {
        Session session = entityManager.unwrap(Session.class);
        session.flush();
        boolean before = session.isDefaultReadOnly();
        session.setDefaultReadOnly(true);
        try {
            return read.get();
        } finally {
            session.setDefaultReadOnly(before);
            session.clear();
        }
    }

    /** Writes what the import has changed so far, then lets go of every entity it holds. */
    void letGo() {
        Session session = entityManager.unwrap(Session.class);
        session.flush();
        session.clear();
    }
}
