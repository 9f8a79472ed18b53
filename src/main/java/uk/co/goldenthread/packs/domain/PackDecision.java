package uk.co.goldenthread.packs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.packs.CabinetDecision;

/**
 * What Cabinet decided on a version, recorded after the meeting: a separate dated record with its own SHA-256, never
 * a change to the version's files. The database refuses any change.
 */
@Entity
@Immutable
public class PackDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long packId;

    @Enumerated(EnumType.STRING)
    private CabinetDecision decision;

    private LocalDate meetingDate;

    @Column(columnDefinition = "TEXT")
    private @Nullable String minute;

    private LocalDateTime recordedAt;
    @Column(length = 100)
    private String recordedBy;
    @Column(length = 64)
    private String sha256;

    protected PackDecision() {
        this.decision = CabinetDecision.NOTED;
        this.meetingDate = LocalDate.MIN;
        this.recordedAt = LocalDateTime.MIN;
        this.recordedBy = this.sha256 = "";
    }

    public PackDecision(long packId, CabinetDecision decision, LocalDate meetingDate, @Nullable String minute,
            LocalDateTime recordedAt, String recordedBy, String sha256) {
        this.packId = packId;
        this.decision = decision;
        this.meetingDate = meetingDate;
        this.minute = minute;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.sha256 = sha256;
    }

    public long getPackId() {
        return packId;
    }

    public CabinetDecision getDecision() {
        return decision;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public @Nullable String getMinute() {
        return minute;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getSha256() {
        return sha256;
    }
}
