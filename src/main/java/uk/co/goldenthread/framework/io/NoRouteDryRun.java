package uk.co.goldenthread.framework.io;

import jakarta.persistence.EntityManager;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.framework.MeasureRouting;

/**
 * Which measures and intentions an import would leave with no return, found by applying it and rolling it back (to a
 * savepoint in the caller's transaction), so that the preview warns of exactly what Apply refuses.
 */
@Component
class NoRouteDryRun {

    private final FrameworkApplier applier;
    private final MeasureRouting routing;
    private final EntityManager entityManager;
    private final Clock clock;

    private final ImportReads reads;

    NoRouteDryRun(FrameworkApplier applier, MeasureRouting routing, EntityManager entityManager, Clock clock,
            ImportReads reads) {
        this.reads = reads;
        this.applier = applier;
        this.routing = routing;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The descriptions ("WAR-KBM-01 (no AD Delivery in area)") of what has a return today but would have none. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<String> lostRoutes(FrameworkTables file, ImportPreview plan) {
        LocalDate today = LocalDate.now(clock);
        Session session = entityManager.unwrap(Session.class);
        session.flush();
        Savepoint savepoint = session.doReturningWork(connection -> connection.setSavepoint());
        try {
            Map<String, String> before = reads.readOnly(() -> routing.unrouted(today));
            applier.apply(file, plan, ProgressListener.NONE);
            return lost(before, reads.readOnly(() -> routing.unrouted(today)));
        } finally {
            session.clear(); // nothing the rolled-back import loaded may stay in the persistence context
            session.doWork(connection -> connection.rollback(savepoint));
        }
    }

    /** What is unrouted after but was not before. */
    static List<String> lost(Map<String, String> before, Map<String, String> after) {
        return after.entrySet().stream().filter(e -> !before.containsKey(e.getKey())).map(Map.Entry::getValue)
                .toList();
    }
}
