package uk.co.goldenthread.packs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.packs.ReturnsCorrectionStatus;

/**
 * A correction of a published version that sends the affected returns back to their AD Delivery: the change note the
 * public page will show, the returns named, and the next version once it is compiled.
 */
@Entity
@Table(name = "pack_returns_correction")
public class ReturnsCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long packId;
    private long quarterId;
    @Column(columnDefinition = "TEXT")
    private String changeNote;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pack_returns_correction_return", joinColumns = @JoinColumn(name = "correction_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "return_label", length = 700)
    private List<String> returns = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ReturnsCorrectionStatus status;
    @Column(length = 100)
    private String openedBy;
    private LocalDateTime openedAt;
    private @Nullable Long resultPackId;

    @Version
    private long version;

    protected ReturnsCorrection() {
        this.changeNote = this.openedBy = "";
        this.status = ReturnsCorrectionStatus.OPEN;
        this.openedAt = LocalDateTime.MIN;
    }

    public ReturnsCorrection(long packId, long quarterId, String changeNote, List<String> returns, String openedBy,
            LocalDateTime openedAt) {
        this.packId = packId;
        this.quarterId = quarterId;
        this.changeNote = changeNote;
        this.returns = new ArrayList<>(returns);
        this.status = ReturnsCorrectionStatus.OPEN;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public long getId() {
        return Objects.requireNonNull(id, "not saved");
    }

    public long getPackId() { return packId; }
    public long getQuarterId() { return quarterId; }
    public String getChangeNote() { return changeNote; }
    public List<String> getReturns() { return List.copyOf(returns); }
    public ReturnsCorrectionStatus getStatus() { return status; }
    public String getOpenedBy() { return openedBy; }
    public LocalDateTime getOpenedAt() { return openedAt; }
    public @Nullable Long getResultPackId() { return resultPackId; }

    /** Its returns are signed off again and the next version is compiled from them. */
    public void compiled(long resultPackId) {
        this.resultPackId = resultPackId;
        this.status = ReturnsCorrectionStatus.COMPILED;
    }

    public void published() {
        this.status = ReturnsCorrectionStatus.PUBLISHED;
    }

    /** Withdrawn while its returns were on their route: they are back as the corrected version published them. */
    public void withdrawn() {
        this.status = ReturnsCorrectionStatus.WITHDRAWN;
    }
}
