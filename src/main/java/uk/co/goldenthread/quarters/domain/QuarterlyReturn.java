package uk.co.goldenthread.quarters.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.quarters.ReturnStatus;

/** One AD Delivery's return for one commissioning area in one quarter. */
@Entity
public class QuarterlyReturn {

    /** From a sequence (changeset quarters-return-seq-1), so that opening a quarter inserts its returns in batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quarterly_return_seq")
    @SequenceGenerator(name = "quarterly_return_seq", sequenceName = "quarterly_return_seq", allocationSize = 50)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Quarter quarter;

    private long areaId;

    private long adDeliveryId;

    @Enumerated(EnumType.STRING)
    private ReturnStatus status = ReturnStatus.DRAFT;

    @Column(length = 100)
    private @Nullable String submittedBy;
    private @Nullable LocalDateTime submittedAt;

    @Column(length = 100)
    private @Nullable String approvedBy;

    @Column(columnDefinition = "TEXT")
    private @Nullable String returnedReason;
    @Column(length = 100)
    private @Nullable String returnedBy;
    private @Nullable LocalDateTime returnedAt;

    @Column(length = 100)
    private @Nullable String lastChangedBy;
    private @Nullable LocalDateTime lastChangedAt;

    @OneToMany(mappedBy = "quarterlyReturn", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ReturnLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "quarterlyReturn", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<IntentionProgress> progress = new ArrayList<>();

    @Version
    private long version;

    protected QuarterlyReturn() {
        this.quarter = new Quarter();
    }

    public QuarterlyReturn(Quarter quarter, long areaId, long adDeliveryId) {
        this.quarter = quarter;
        this.areaId = areaId;
        this.adDeliveryId = adDeliveryId;
    }

    public long getId() {
        return Objects.requireNonNull(id, "not saved");
    }

    public Quarter getQuarter() {
        return quarter;
    }

    public long getAreaId() {
        return areaId;
    }

    public long getAdDeliveryId() {
        return adDeliveryId;
    }

    public ReturnStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    public List<ReturnLine> getLines() {
        return lines;
    }

    public @Nullable String getSubmittedBy() {
        return submittedBy;
    }

    /** When the return was last submitted. */
    public @Nullable LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable String getApprovedBy() {
        return approvedBy;
    }

    public @Nullable String getReturnedReason() {
        return returnedReason;
    }

    public @Nullable String getReturnedBy() {
        return returnedBy;
    }

    public @Nullable LocalDateTime getReturnedAt() {
        return returnedAt;
    }

    public List<IntentionProgress> getProgress() {
        return progress;
    }

    public void addProgress(long intentionId) {
        progress.add(new IntentionProgress(this, intentionId));
    }

    public ReturnLine addLine(long measureId, java.math.@Nullable BigDecimal target) {
        var line = new ReturnLine(this, measureId, lines.size(), target);
        lines.add(line);
        return line;
    }

    /** Adds a measure with no new data this quarter, carrying its latest value read-only. */
    public ReturnLine addLatest(long measureId, java.math.@Nullable BigDecimal target,
            java.math.@Nullable BigDecimal latestValue, @Nullable String dataAsAt) {
        var line = new ReturnLine(this, measureId, lines.size(), target, latestValue, dataAsAt);
        lines.add(line);
        return line;
    }

    /**
     * Records who last changed the return. Changing only its lines would not raise the return's version, so every
     * change touches the return itself: a second person saving an older copy then gets a conflict.
     */
    public void touch(String by, LocalDateTime at) {
        this.lastChangedBy = by;
        this.lastChangedAt = at;
    }

    public @Nullable String getLastChangedBy() {
        return lastChangedBy;
    }

    public @Nullable LocalDateTime getLastChangedAt() {
        return lastChangedAt;
    }

    public void setStatus(ReturnStatus status) {
        this.status = status;
    }

    public void markSubmitted(String by, LocalDateTime at) {
        this.status = ReturnStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    public void markApproved(String by) {
        this.status = ReturnStatus.APPROVED;
        this.approvedBy = by;
    }

    /** Back to what it held when a pack reopened it: its status and who submitted, approved or returned it. */
    public void putBack(ReturnStatus status, @Nullable String submittedBy, @Nullable LocalDateTime submittedAt,
            @Nullable String approvedBy, @Nullable String returnedReason, @Nullable String returnedBy,
            @Nullable LocalDateTime returnedAt) {
        this.status = status;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.approvedBy = approvedBy;
        this.returnedReason = returnedReason;
        this.returnedBy = returnedBy;
        this.returnedAt = returnedAt;
    }

    public void markReturned(ReturnStatus status, String reason, String by, LocalDateTime at) {
        this.status = status;
        this.returnedReason = reason;
        this.returnedBy = by;
        this.returnedAt = at;
    }
}
