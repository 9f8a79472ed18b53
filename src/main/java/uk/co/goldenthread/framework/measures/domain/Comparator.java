package uk.co.goldenthread.framework.measures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.ComparatorKind;

/** A benchmark value for a measure: England average, region or statistical neighbours, for a period. */
@Entity
public class Comparator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long measureId;

    @Enumerated(EnumType.STRING)
    private ComparatorKind kind = ComparatorKind.ENGLAND;

    @Column(length = 40)
    private String period = "";

    @Column(name = "comparator_value")
    private BigDecimal value = BigDecimal.ZERO;

    protected Comparator() {
    }

    public Comparator(long measureId, ComparatorKind kind, String period, BigDecimal value) {
        this.measureId = measureId;
        this.kind = kind;
        this.period = period;
        this.value = value;
    }

    public long getId() { return Objects.requireNonNull(id, "not saved"); }
    public long getMeasureId() { return measureId; }
    public ComparatorKind getKind() { return kind; }
    public String getPeriod() { return period; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
}
