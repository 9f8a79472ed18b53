package uk.co.goldenthread.framework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureUnit;
import uk.co.goldenthread.framework.MeasureView;
import uk.co.goldenthread.performance.Polarity;

/** A KBM or KBI: what is measured, in what unit, which way is good, and who reports it. */
@Entity
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(unique = true, nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    private MeasureKind kind;

    private String title;

    private String definition;

    @Enumerated(EnumType.STRING)
    private MeasureUnit unit;

    private int decimalPlaces;

    @Enumerated(EnumType.STRING)
    private Polarity polarity;

    private @Nullable BigDecimal tolerance;

    private @Nullable BigDecimal bandLower;

    private @Nullable BigDecimal bandUpper;

    private @Nullable BigDecimal baselineValue;

    private @Nullable String baselinePeriod;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private CommissioningArea area;

    @ManyToOne(fetch = FetchType.EAGER)
    private @Nullable Outcome objective;

    private long reportedById;

    private boolean active = true;

    protected Measure() {
        this.code = "";
        this.kind = MeasureKind.KBM;
        this.title = "";
        this.definition = "";
        this.unit = MeasureUnit.NUMBER;
        this.polarity = Polarity.HIGHER_IS_BETTER;
        this.area = new CommissioningArea();
    }

    public Measure(String code, MeasureKind kind, String title, String definition, MeasureUnit unit, int decimalPlaces,
            Polarity polarity, CommissioningArea area, @Nullable Outcome objective, long reportedById) {
        this.code = code;
        this.kind = kind;
        this.title = title;
        this.definition = definition;
        this.unit = unit;
        this.decimalPlaces = decimalPlaces;
        this.polarity = polarity;
        this.area = area;
        this.objective = objective;
        this.reportedById = reportedById;
    }

    public void setTolerance(@Nullable BigDecimal tolerance) {
        this.tolerance = tolerance;
    }

    public void setBand(@Nullable BigDecimal lower, @Nullable BigDecimal upper) {
        this.bandLower = lower;
        this.bandUpper = upper;
    }

    public void setBaseline(@Nullable BigDecimal value, @Nullable String period) {
        this.baselineValue = value;
        this.baselinePeriod = period;
    }

    public long getId() {
        return Objects.requireNonNull(id, "not saved");
    }

    public String getCode() {
        return code;
    }

    public boolean isActive() {
        return active;
    }

    public long getReportedById() {
        return reportedById;
    }

    public CommissioningArea getArea() {
        return area;
    }

    public MeasureView toView() {
        return new MeasureView(getId(), code, kind, title, definition, unit, decimalPlaces, polarity, tolerance,
                bandLower, bandUpper, baselineValue, baselinePeriod, area.getId(), area.getName(),
                area.getDirectorate().getName(), objective == null ? null : objective.getTitle(), reportedById);
    }
}
