package uk.co.goldenthread.quarters.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.quarters.ProgressStatus;

/** Progress on one intention reported in a return. */
@Entity
public class IntentionProgress {

    /** From a sequence (changeset quarters-progress-seq-1), so that opening a quarter inserts progress in batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intention_progress_seq")
    @SequenceGenerator(name = "intention_progress_seq", sequenceName = "intention_progress_seq", allocationSize = 50)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "return_id")
    private QuarterlyReturn quarterlyReturn;

    private long intentionId;

    @Enumerated(EnumType.STRING)
    private @Nullable ProgressStatus status;

    private @Nullable LocalDate asAt;

    @Column(columnDefinition = "TEXT")
    private @Nullable String commentary;

    protected IntentionProgress() {
        this.quarterlyReturn = new QuarterlyReturn();
    }

    IntentionProgress(QuarterlyReturn quarterlyReturn, long intentionId) {
        this.quarterlyReturn = quarterlyReturn;
        this.intentionId = intentionId;
    }

    public long getId() { return Objects.requireNonNull(id, "not saved"); }
    public long getIntentionId() { return intentionId; }
    public @Nullable ProgressStatus getStatus() { return status; }
    public void setStatus(@Nullable ProgressStatus status) { this.status = status; }
    public @Nullable LocalDate getAsAt() { return asAt; }
    public void setAsAt(@Nullable LocalDate asAt) { this.asAt = asAt; }
    public @Nullable String getCommentary() { return commentary; }
    public void setCommentary(@Nullable String commentary) { this.commentary = commentary; }
}
