package uk.co.goldenthread.quarters.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.OneToMany;
import org.hibernate.annotations.BatchSize;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.quarters.RemedialActionEntry;

/** One measure in a return: the target it was opened with, and the value and commentary reported. */
@Entity
public class ReturnLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "return_line_seq")
    @SequenceGenerator(name = "return_line_seq", sequenceName = "return_line_seq", allocationSize = 50)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "return_id")
    private QuarterlyReturn quarterlyReturn;

    private long measureId;

    private int sortOrder;

    /** False for a measure with no new data this quarter: it carries its latest value, read-only. */
    private boolean due = true;

    @Column(name = "target_value")
    private @Nullable BigDecimal target;

    @Column(name = "reported_value")
    private @Nullable BigDecimal value;

    /** Marked by the AD Delivery: the value may still change, so it is shown flagged and never rated red. */
    private boolean provisional;

    /** The count or denominator behind the value, for a measure that rates only counts of at least its minimum. */
    @Column(name = "value_count")
    private @Nullable BigDecimal count;

    @Column(columnDefinition = "TEXT")
    private @Nullable String commentary;

    @Column(columnDefinition = "TEXT")
    private @Nullable String noDataReason;

    @Column(length = 40)
    private @Nullable String dataAsAt;

    @Column(columnDefinition = "TEXT")
    private @Nullable String commissioningCommentary;

    // loaded for up to 200 lines in one query, not one query per line
    @BatchSize(size = 200)
    @OneToMany(mappedBy = "line", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<RemedialAction> remedialActions = new ArrayList<>();

    protected ReturnLine() {
        this.quarterlyReturn = new QuarterlyReturn();
    }

    ReturnLine(QuarterlyReturn quarterlyReturn, long measureId, int sortOrder, @Nullable BigDecimal target) {
        this.quarterlyReturn = quarterlyReturn;
        this.measureId = measureId;
        this.sortOrder = sortOrder;
        this.target = target;
    }

    /** A line for a measure not due this quarter, carrying its latest value and the period it is as at. */
    ReturnLine(QuarterlyReturn quarterlyReturn, long measureId, int sortOrder, @Nullable BigDecimal target,
            @Nullable BigDecimal latestValue, @Nullable String dataAsAt) {
        this(quarterlyReturn, measureId, sortOrder, target);
        this.due = false;
        this.value = latestValue;
        this.dataAsAt = dataAsAt;
    }

    public boolean isDue() {
        return due;
    }

    public long getId() {
        return Objects.requireNonNull(id, "not saved");
    }

    public QuarterlyReturn getQuarterlyReturn() {
        return quarterlyReturn;
    }

    public long getMeasureId() {
        return measureId;
    }

    public @Nullable BigDecimal getTarget() {
        return target;
    }

    public @Nullable BigDecimal getValue() {
        return value;
    }

    public void setValue(@Nullable BigDecimal value) {
        this.value = value;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public void setProvisional(boolean provisional) {
        this.provisional = provisional;
    }

    public @Nullable BigDecimal getCount() {
        return count;
    }

    public void setCount(@Nullable BigDecimal count) {
        this.count = count;
    }

    public @Nullable String getCommentary() {
        return commentary;
    }

    public void setCommentary(@Nullable String commentary) {
        this.commentary = commentary;
    }

    public @Nullable String getNoDataReason() {
        return noDataReason;
    }

    public void setNoDataReason(@Nullable String noDataReason) {
        this.noDataReason = noDataReason;
    }

    public @Nullable String getDataAsAt() {
        return dataAsAt;
    }

    public void setDataAsAt(@Nullable String dataAsAt) {
        this.dataAsAt = dataAsAt;
    }

    public @Nullable String getCommissioningCommentary() {
        return commissioningCommentary;
    }

    public void setCommissioningCommentary(@Nullable String commissioningCommentary) {
        this.commissioningCommentary = commissioningCommentary;
    }

    public List<RemedialAction> getRemedialActions() {
        return List.copyOf(remedialActions);
    }

    /** Replaces the remedial actions with these complete ones (action, owner and due date all given). */
    public void replaceRemedialActions(List<RemedialActionEntry> actions) {
        remedialActions.clear();
        for (RemedialActionEntry entry : actions) {
            remedialActions.add(new RemedialAction(this, Objects.requireNonNull(entry.action()),
                    Objects.requireNonNull(entry.owner()), Objects.requireNonNull(entry.due()), remedialActions.size()));
        }
    }

    public List<RemedialActionEntry> remedialActionEntries() {
        return remedialActions.stream().map(a -> new RemedialActionEntry(a.getAction(), a.getOwner(), a.getDue())).toList();
    }
}
