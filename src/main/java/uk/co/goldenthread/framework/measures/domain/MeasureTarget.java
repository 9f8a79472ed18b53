package uk.co.goldenthread.framework.measures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A measure's target for a financial year, or for one quarter of it when {@code quarter} is set. */
@Entity
public class MeasureTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long measureId;

    private int financialYear;

    private @Nullable Integer quarter;

    @Column(name = "target_value")
    private BigDecimal value;

    protected MeasureTarget() {
        this.value = BigDecimal.ZERO;
    }

    public MeasureTarget(long measureId, int financialYear, @Nullable Integer quarter, BigDecimal value) {
        this.measureId = measureId;
        this.financialYear = financialYear;
        this.quarter = quarter;
        this.value = value;
    }

    public long getId() {
        return Objects.requireNonNull(id, "not saved");
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public long getMeasureId() {
        return measureId;
    }

    public int getFinancialYear() {
        return financialYear;
    }

    public @Nullable Integer getQuarter() {
        return quarter;
    }

    public BigDecimal getValue() {
        return value;
    }
}
