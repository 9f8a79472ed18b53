package uk.co.goldenthread.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDateTime;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.audit.AuditRecord;

/** An append-only row of the audit trail: the database refuses updates and deletes. */
@Entity
@Immutable
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 1000)
    private @Nullable Long id;

    private LocalDateTime occurredAt;

    @Column(length = 100)
    private String actor;

    @Column(length = 100)
    private @Nullable String onBehalfOf;

    @Column(length = 40)
    private String subjectType;

    /** The widest field label stored; a longer one keeps its start and end, the values are always kept whole. */
    static final int FIELD_LENGTH = 1000;

    private long subjectId;

    @Column(length = AuditEntry.FIELD_LENGTH)
    private String field;

    @Column(columnDefinition = "TEXT")
    private @Nullable String oldValue;

    @Column(columnDefinition = "TEXT")
    private @Nullable String newValue;

    @Column(columnDefinition = "TEXT")
    private @Nullable String reason;

    protected AuditEntry() {
        this.occurredAt = LocalDateTime.MIN;
        this.actor = "";
        this.subjectType = "";
        this.field = "";
    }

    public AuditEntry(AuditRecord record) {
        this.occurredAt = record.at();
        this.actor = record.actor();
        this.onBehalfOf = record.onBehalfOf();
        this.subjectType = record.subjectType();
        this.subjectId = record.subjectId();
        this.field = label(record.field());
        this.oldValue = record.oldValue();
        this.newValue = record.newValue();
        this.reason = record.reason();
    }

    public AuditRecord toRecord() {
        return new AuditRecord(occurredAt, actor, onBehalfOf, subjectType, subjectId, field, oldValue, newValue, reason);
    }

    private static String label(String field) {
        return field.length() <= FIELD_LENGTH ? field
                : field.substring(0, FIELD_LENGTH / 2 - 1) + "…" + field.substring(field.length() - FIELD_LENGTH / 2);
    }
}
