package uk.co.goldenthread.framework.measures.domain;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.Frequency;
import uk.co.goldenthread.framework.ImprovementCategory;
import uk.co.goldenthread.framework.measures.MeasureForm;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureStatus;
import uk.co.goldenthread.framework.MeasureUnit;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.Novelty;
import uk.co.goldenthread.framework.ObaQuestion;
import uk.co.goldenthread.framework.ScorecardBlock;
import uk.co.goldenthread.framework.structure.domain.CommissioningArea;
import uk.co.goldenthread.framework.structure.domain.Directorate;
import uk.co.goldenthread.framework.structure.domain.Outcome;
import uk.co.goldenthread.performance.Polarity;

/**
 * A KBM, KBI or outcome indicator: what is measured, in what unit, which way is good, who owns it, and how it is
 * classified. Fields are plain properties: the framework service and the import check them as a whole.
 */
@Entity
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_seq")
    @SequenceGenerator(name = "measure_seq", sequenceName = "measure_seq", allocationSize = 1000)
    private @Nullable Long id;

    @Column(length = 40, unique = true, nullable = false)
    private String code = "";

    @Enumerated(EnumType.STRING)
    private MeasureKind kind = MeasureKind.KBM;

    @Column(length = 500)
    private String title = "";

    @Column(columnDefinition = "TEXT")
    private @Nullable String definition;

    @ManyToOne(fetch = FetchType.EAGER)
    private @Nullable Directorate directorate;

    @ManyToOne(fetch = FetchType.EAGER)
    private @Nullable CommissioningArea area;

    @ManyToOne(fetch = FetchType.EAGER)
    private @Nullable Outcome outcome;

    private @Nullable Long ownerId;

    private boolean allAds;

    @Enumerated(EnumType.STRING)
    private MeasureUnit unit = MeasureUnit.NUMBER;

    private int decimalPlaces;

    @Enumerated(EnumType.STRING)
    private @Nullable Polarity polarity;

    private @Nullable BigDecimal bandLower;
    private @Nullable BigDecimal bandUpper;
    private @Nullable BigDecimal tolerance;

    @Enumerated(EnumType.STRING)
    private Frequency frequency = Frequency.QUARTERLY;

    @Column(length = 500)
    private @Nullable String dataSource;
    private @Nullable BigDecimal baselineValue;
    @Column(length = 40)
    private @Nullable String baselinePeriod;
    private boolean proxy;

    @Column(columnDefinition = "TEXT")
    private @Nullable String proxyRationale;

    @Enumerated(EnumType.STRING)
    private MeasureStatus status = MeasureStatus.ACTIVE;

    @Enumerated(EnumType.STRING)
    private @Nullable Novelty novelty;

    @Enumerated(EnumType.STRING)
    private @Nullable ObaQuestion oba;

    @Enumerated(EnumType.STRING)
    private @Nullable ScorecardBlock scorecardBlock;

    @Enumerated(EnumType.STRING)
    private @Nullable ImprovementCategory improvementCategory;

    private @Nullable Long improvementLeadId;

    @Column(columnDefinition = "TEXT")
    private @Nullable String notes;

    /** A change no bigger than this is "stable": in the unit, or a percentage of the earlier value. */
    private @Nullable BigDecimal stableWithin;
    private boolean stableWithinPercent;

    /** A value whose count or denominator is below this is not rated ("Small number: not rated"). */
    private @Nullable BigDecimal minimumCount;

    /** The SPC chart's limits: fixed at the points up to this quarter, if given (e.g. Q4 2020/21). */
    @Column(length = 40)
    private @Nullable String spcFixedUntil;

    /** The quarters from which the SPC chart's limits are recalculated, "; " between them (e.g. Q1 2021/22). */
    @Column(length = 500)
    private @Nullable String spcChangePoints;

    private @Nullable Long introducedInVersionId;
    private @Nullable Long retiredInVersionId;

    /** The measure this one replaces in a revision, if any. */
    private @Nullable Long replacesMeasureId;

    /** Whether this measure's definition is comparable with the one it replaces, so history reads across both. */
    private boolean comparableWithPredecessor;

    @Version
    private long version;

    protected Measure() {
    }

    public Measure(String code, MeasureKind kind, String title) {
        this.code = code;
        this.kind = kind;
        this.title = title;
    }

    public long getId() {
        return Objects.requireNonNull(id, "not saved");
    }

    public boolean isSaved() {
        return id != null;
    }

    public MeasureSummary toSummary() {
        Directorate placedIn = area != null ? area.getDirectorate() : directorate;
        return new MeasureSummary(getId(), code, kind, title, definition == null ? "" : definition, unit, decimalPlaces,
                polarity, tolerance, bandLower, bandUpper, baselineValue, baselinePeriod,
                area == null ? null : area.getId(), area == null ? "" : area.getName(),
                placedIn == null ? "" : placedIn.getName(), outcome == null ? null : outcome.getTitle(),
                outcome == null ? null : outcome.getCode(), ownerId, allAds, frequency, dataSource, proxy,
                proxyRationale, status, novelty, oba, scorecardBlock, improvementCategory, improvementLeadId, notes,
                stableWithin, stableWithinPercent, minimumCount, spcFixedUntil, spcChangePoints);
    }

    public MeasureForm toForm() {
        return new MeasureForm(code, kind, title, definition, unit, decimalPlaces, polarity, bandLower, bandUpper,
                tolerance, frequency, dataSource, baselineValue, baselinePeriod, area == null ? null : area.getId(),
                outcome == null ? null : outcome.getId(), ownerId, allAds, proxy, proxyRationale, status, novelty, oba,
                scorecardBlock, improvementCategory, improvementLeadId, notes, stableWithin, stableWithinPercent,
                minimumCount, spcFixedUntil, spcChangePoints);
    }

    /** Takes every property from the form; the area also places the measure in the area's directorate. */
    public void apply(MeasureForm form, @Nullable CommissioningArea newArea, @Nullable Outcome newOutcome) {
        code = form.code();
        kind = form.kind();
        title = form.title();
        definition = form.definition();
        area = newArea;
        if (newArea != null) {
            directorate = newArea.getDirectorate();
        }
        outcome = newOutcome;
        ownerId = form.ownerId();
        allAds = form.allAds();
        unit = form.unit();
        decimalPlaces = form.decimalPlaces();
        polarity = form.polarity();
        bandLower = form.bandLower();
        bandUpper = form.bandUpper();
        tolerance = form.tolerance();
        frequency = form.frequency();
        dataSource = form.dataSource();
        baselineValue = form.baselineValue();
        baselinePeriod = form.baselinePeriod();
        proxy = form.proxy();
        proxyRationale = form.proxyRationale();
        status = form.status();
        novelty = form.novelty();
        oba = form.oba();
        scorecardBlock = form.scorecardBlock();
        improvementCategory = form.improvementCategory();
        improvementLeadId = form.improvementLeadId();
        notes = form.notes();
        setStableWithin(form.stableWithin(), form.stableWithinPercent());
        minimumCount = form.minimumCount();
        spcFixedUntil = form.spcFixedUntil();
        spcChangePoints = form.spcChangePoints();
    }

    // Plain properties below.

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public MeasureKind getKind() { return kind; }
    public void setKind(MeasureKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public @Nullable String getDefinition() { return definition; }
    public void setDefinition(@Nullable String definition) { this.definition = definition; }
    public @Nullable Directorate getDirectorate() { return directorate; }
    public void setDirectorate(@Nullable Directorate directorate) { this.directorate = directorate; }
    public @Nullable CommissioningArea getArea() { return area; }
    public void setArea(@Nullable CommissioningArea area) { this.area = area; }
    public @Nullable Outcome getOutcome() { return outcome; }
    public void setOutcome(@Nullable Outcome outcome) { this.outcome = outcome; }
    public @Nullable Long getOwnerId() { return ownerId; }
    public void setOwnerId(@Nullable Long ownerId) { this.ownerId = ownerId; }
    public boolean isAllAds() { return allAds; }
    public void setAllAds(boolean allAds) { this.allAds = allAds; }
    public MeasureUnit getUnit() { return unit; }
    public void setUnit(MeasureUnit unit) { this.unit = unit; }
    public int getDecimalPlaces() { return decimalPlaces; }
    public void setDecimalPlaces(int decimalPlaces) { this.decimalPlaces = decimalPlaces; }
    public @Nullable Polarity getPolarity() { return polarity; }
    public void setPolarity(@Nullable Polarity polarity) { this.polarity = polarity; }
    public @Nullable BigDecimal getBandLower() { return bandLower; }
    public @Nullable BigDecimal getBandUpper() { return bandUpper; }
    public void setBand(@Nullable BigDecimal lower, @Nullable BigDecimal upper) { this.bandLower = lower; this.bandUpper = upper; }
    public @Nullable BigDecimal getTolerance() { return tolerance; }
    public void setTolerance(@Nullable BigDecimal tolerance) { this.tolerance = tolerance; }
    public Frequency getFrequency() { return frequency; }
    public void setFrequency(Frequency frequency) { this.frequency = frequency; }
    public @Nullable String getDataSource() { return dataSource; }
    public void setDataSource(@Nullable String dataSource) { this.dataSource = dataSource; }
    public @Nullable BigDecimal getBaselineValue() { return baselineValue; }
    public @Nullable String getBaselinePeriod() { return baselinePeriod; }
    public void setBaseline(@Nullable BigDecimal value, @Nullable String period) { this.baselineValue = value; this.baselinePeriod = period; }
    public boolean isProxy() { return proxy; }
    public @Nullable String getProxyRationale() { return proxyRationale; }
    public void setProxy(boolean proxy, @Nullable String rationale) { this.proxy = proxy; this.proxyRationale = rationale; }
    public MeasureStatus getStatus() { return status; }
    public void setStatus(MeasureStatus status) { this.status = status; }
    public @Nullable Novelty getNovelty() { return novelty; }
    public void setNovelty(@Nullable Novelty novelty) { this.novelty = novelty; }
    public @Nullable ObaQuestion getOba() { return oba; }
    public void setOba(@Nullable ObaQuestion oba) { this.oba = oba; }
    public @Nullable ScorecardBlock getScorecardBlock() { return scorecardBlock; }
    public void setScorecardBlock(@Nullable ScorecardBlock scorecardBlock) { this.scorecardBlock = scorecardBlock; }
    public @Nullable ImprovementCategory getImprovementCategory() { return improvementCategory; }
    public void setImprovementCategory(@Nullable ImprovementCategory category) { this.improvementCategory = category; }
    public @Nullable Long getImprovementLeadId() { return improvementLeadId; }
    public void setImprovementLeadId(@Nullable Long improvementLeadId) { this.improvementLeadId = improvementLeadId; }
    public @Nullable String getNotes() { return notes; }
    public void setNotes(@Nullable String notes) { this.notes = notes; }
    public @Nullable BigDecimal getStableWithin() { return stableWithin; }
    public boolean isStableWithinPercent() { return stableWithinPercent; }
    public void setStableWithin(@Nullable BigDecimal amount, boolean percent) { this.stableWithin = amount; this.stableWithinPercent = amount != null && percent; }
    public @Nullable BigDecimal getMinimumCount() { return minimumCount; }
    public void setMinimumCount(@Nullable BigDecimal minimumCount) { this.minimumCount = minimumCount; }
    public @Nullable String getSpcFixedUntil() { return spcFixedUntil; }
    public void setSpcFixedUntil(@Nullable String quarter) { this.spcFixedUntil = quarter; }
    public @Nullable String getSpcChangePoints() { return spcChangePoints; }
    public void setSpcChangePoints(@Nullable String quarters) { this.spcChangePoints = quarters; }
    public @Nullable Long getIntroducedInVersionId() { return introducedInVersionId; }
    public void setIntroducedInVersionId(@Nullable Long versionId) { this.introducedInVersionId = versionId; }
    public @Nullable Long getRetiredInVersionId() { return retiredInVersionId; }
    public void setRetiredInVersionId(@Nullable Long versionId) { this.retiredInVersionId = versionId; }
    public @Nullable Long getReplacesMeasureId() { return replacesMeasureId; }
    public boolean isComparableWithPredecessor() { return comparableWithPredecessor; }
    public void replaces(long predecessorId, boolean comparable) {
        this.replacesMeasureId = predecessorId;
        this.comparableWithPredecessor = comparable;
    }
}
