package uk.co.goldenthread.packs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.packs.CommentaryCorrection.Commentary;
import uk.co.goldenthread.packs.CorrectionStatus;

/**
 * A typo correction of a published version's commentary, proposed by one member of the Performance Team and decided
 * by another; once approved, the version it produced.
 */
@Entity
public class PackCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long packId;
    @Column(length = 40)
    private String measureCode;
    @Column(length = 300)
    private String commissioningArea;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Commentary commentary;
    @Column(columnDefinition = "TEXT")
    private @Nullable String oldText;
    @Column(columnDefinition = "TEXT")
    private String newText;
    @Column(columnDefinition = "TEXT")
    private String reason;
    @Column(columnDefinition = "TEXT")
    private String changeNote;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CorrectionStatus status;
    @Column(length = 100)
    private String proposedBy;
    private LocalDateTime proposedAt;
    @Column(length = 100)
    private @Nullable String decidedBy;
    private @Nullable LocalDateTime decidedAt;
    private @Nullable Long resultPackId;

    @Version
    private long version;

    protected PackCorrection() {
        this.measureCode = this.commissioningArea = this.newText = this.reason = this.changeNote = "";
        this.proposedBy = "";
        this.commentary = Commentary.DELIVERY;
        this.status = CorrectionStatus.PROPOSED;
        this.proposedAt = LocalDateTime.MIN;
    }

    public PackCorrection(long packId, String measureCode, String commissioningArea, Commentary commentary,
            @Nullable String oldText, String newText, String reason, String changeNote, String proposedBy,
            LocalDateTime proposedAt) {
        this.packId = packId;
        this.measureCode = measureCode;
        this.commissioningArea = commissioningArea;
        this.commentary = commentary;
        this.oldText = oldText;
        this.newText = newText;
        this.reason = reason;
        this.changeNote = changeNote;
        this.status = CorrectionStatus.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    public long getId() {
        return Objects.requireNonNull(id, "not saved");
    }

    public long getPackId() { return packId; }
    public String getMeasureCode() { return measureCode; }
    public String getCommissioningArea() { return commissioningArea; }
    public Commentary getCommentary() { return commentary; }
    public @Nullable String getOldText() { return oldText; }
    public String getNewText() { return newText; }
    public String getReason() { return reason; }
    public String getChangeNote() { return changeNote; }
    public CorrectionStatus getStatus() { return status; }
    public String getProposedBy() { return proposedBy; }
    public @Nullable String getDecidedBy() { return decidedBy; }
    public @Nullable Long getResultPackId() { return resultPackId; }

    public void approve(String by, LocalDateTime at, long resultPackId) {
        this.status = CorrectionStatus.APPROVED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.resultPackId = resultPackId;
    }

    public void reject(String by, LocalDateTime at) {
        this.status = CorrectionStatus.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
    }
}
