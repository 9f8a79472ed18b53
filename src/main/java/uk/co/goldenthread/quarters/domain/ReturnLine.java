package uk.co.goldenthread.quarters.domain;

import jakarta.persistence.Column;
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

    @Column(name = "target_value")
    private @Nullable BigDecimal target;

    @Column(name = "reported_value")
    private @Nullable BigDecimal value;

    @Column(columnDefinition = "TEXT")
    private @Nullable String commentary;

    protected ReturnLine() {
        this.quarterlyReturn = new QuarterlyReturn();
    }

    ReturnLine(QuarterlyReturn quarterlyReturn, long measureId, int sortOrder, @Nullable BigDecimal target) {
        this.quarterlyReturn = quarterlyReturn;
        this.measureId = measureId;
        this.sortOrder = sortOrder;
        this.target = target;
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

    public @Nullable String getCommentary() {
        return commentary;
    }

    public void setCommentary(@Nullable String commentary) {
        this.commentary = commentary;
    }
}
