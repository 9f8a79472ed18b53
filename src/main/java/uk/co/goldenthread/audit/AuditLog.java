package uk.co.goldenthread.audit;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.domain.AuditEntry;
import uk.co.goldenthread.audit.domain.AuditEntryRepository;
import uk.co.goldenthread.base.database.BatchedInserts;

/** The audit trail: every change is recorded in the same transaction as the change itself. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    /**
     * Entries sent to the database in one JDBC batch by {@link #recordAll} (their ids come from a sequence that
     * allocates as many at a time).
     */
    static final int ENTRIES_PER_BATCH = 1000;

    private final AuditEntryRepository entries;
    private final Clock clock;
    private final EntityManager entityManager;

    AuditLog(AuditEntryRepository entries, Clock clock, EntityManager entityManager) {
        this.entries = entries;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** One field's change of a subject, for {@link #recordAll}. */
    public record Change(String field, @Nullable String oldValue, @Nullable String newValue, @Nullable String reason) {
    }

    /** Records a change by the signed-in person; only when something really changed, unless a reason is given. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String subjectType, long subjectId, String field, @Nullable String oldValue,
            @Nullable String newValue, @Nullable String reason) {
        record(subjectType, subjectId, field, oldValue, newValue, reason, null);
    }

    /** Records a change by the signed-in person acting on behalf of another (a deputy), by username. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String subjectType, long subjectId, String field, @Nullable String oldValue,
            @Nullable String newValue, @Nullable String reason, @Nullable String onBehalfOf) {
        if (changesNothing(oldValue, newValue, reason)) {
            return;
        }
        entries.save(new AuditEntry(new AuditRecord(LocalDateTime.now(clock), signedIn(), onBehalfOf, subjectType,
                subjectId, field, oldValue, newValue, reason)));
    }

    /**
     * Records many changes of one subject by the signed-in person, each as {@link #record} would (an import's entry
     * for every row it adds): sent in JDBC batches of {@value #ENTRIES_PER_BATCH} and let go from the persistence
     * context once sent, so that thousands cost a few statements and later flushes need not look at them again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String subjectType, long subjectId, List<Change> changes) {
        String actor = signedIn();
        LocalDateTime now = LocalDateTime.now(clock);
        try (var batches = new BatchedInserts(entityManager, ENTRIES_PER_BATCH, ENTRIES_PER_BATCH)) {
            for (Change change : changes) {
                if (!changesNothing(change.oldValue(), change.newValue(), change.reason())) {
                    batches.persist(new AuditEntry(new AuditRecord(now, actor, null, subjectType, subjectId,
                            change.field(), change.oldValue(), change.newValue(), change.reason())));
                }
            }
            batches.send();
        }
    }

    /** A change to record only with a reason: the old and new values are the same but for spaces. */
    private static boolean changesNothing(@Nullable String oldValue, @Nullable String newValue,
            @Nullable String reason) {
        return Objects.equals(trimmed(oldValue), trimmed(newValue)) && reason == null;
    }

    /** Who is signed in: the actor of a change ("system" for the application's own work). */
    private static String signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    /** Records an event whose actor is not the signed-in person, e.g. a sign-in attempt under the username typed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String subjectType, long subjectId, String field, @Nullable String oldValue,
            @Nullable String newValue, @Nullable String reason) {
        if (changesNothing(oldValue, newValue, reason)) {
            return;
        }
        entries.save(new AuditEntry(new AuditRecord(LocalDateTime.now(clock), actor, null, subjectType, subjectId,
                field, oldValue, newValue, reason)));
    }

    /**
     * Records each field whose text differs between {@code before} and {@code after}, named "{@code what} field";
     * an empty {@code before} records a creation.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChanges(String subjectType, long subjectId, String what, Map<String, @Nullable String> before,
            Map<String, @Nullable String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            record(subjectType, subjectId, what + " " + field, before.get(field), after.get(field), null);
        }
    }

    private static @Nullable String trimmed(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<AuditRecord> history(String subjectType, long subjectId) {
        return entries.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId).stream()
                .map(AuditEntry::toRecord).toList();
    }
}
