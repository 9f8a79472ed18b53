package uk.co.goldenthread.framework.measures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.FinancialQuarter;

/** A past value of a measure for a period (a quarter, or a whole financial year), imported as history. */
@Entity
public class MeasureValue {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_value_seq")
    // as many ids at a time as the history import sends values in one JDBC batch (changeset framework-value-seq-1)
    @SequenceGenerator(name = "measure_value_seq", sequenceName = "measure_value_seq", allocationSize = 1000)
    private @Nullable Long id;

    private long measureId;
    private int financialYear;
    private @Nullable Integer quarter;

    @Column(name = "period_value")
    private BigDecimal value = BigDecimal.ZERO;

    @Column(length = 40)
    private @Nullable String dataAsAt;
    private boolean provisional;
    @Column(length = 500)
    private @Nullable String source;
    /** The count or denominator behind the value, for a measure that rates only counts of at least its minimum. */
    @Column(name = "value_count")
    private @Nullable BigDecimal count;

    protected MeasureValue() {
    }

    public MeasureValue(long measureId, int financialYear, @Nullable Integer quarter, BigDecimal value,
            @Nullable String dataAsAt, boolean provisional, @Nullable String source, @Nullable BigDecimal count) {
        this.measureId = measureId;
        this.financialYear = financialYear;
        this.quarter = quarter;
        this.value = value;
        this.dataAsAt = dataAsAt;
        this.provisional = provisional;
        this.source = source;
        this.count = count;
    }

    /** The period as the import format writes it: "2017/18 Q3", or "2018/19" for a whole year. */
    public String period() {
        return quarter == null ? FinancialQuarter.yearLabel(financialYear)
                : FinancialQuarter.yearLabel(financialYear) + " Q" + quarter;
    }

    public long getId() { return Objects.requireNonNull(id, "not saved"); }
    public long getMeasureId() { return measureId; }
    public int getFinancialYear() { return financialYear; }
    public @Nullable Integer getQuarter() { return quarter; }
    public BigDecimal getValue() { return value; }
    public @Nullable String getDataAsAt() { return dataAsAt; }
    public boolean isProvisional() { return provisional; }
    public @Nullable String getSource() { return source; }
    public @Nullable BigDecimal getCount() { return count; }
}
