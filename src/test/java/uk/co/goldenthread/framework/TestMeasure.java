package uk.co.goldenthread.framework;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.measures.MeasureForm;
import uk.co.goldenthread.performance.Polarity;

/** A valid active KBM to start from in tests, with the properties tests vary. */
public final class TestMeasure {

    public String code;
    public String title;
    public @Nullable String definition = "How many things were done in the quarter";
    public MeasureKind kind = MeasureKind.KBM;
    public MeasureUnit unit = MeasureUnit.NUMBER;
    public int decimalPlaces;
    public @Nullable Polarity polarity = Polarity.HIGHER_IS_BETTER;
    public @Nullable BigDecimal bandLower;
    public @Nullable BigDecimal bandUpper;
    public @Nullable BigDecimal tolerance = BigDecimal.ONE;
    public @Nullable BigDecimal baseline = new BigDecimal("12");
    public @Nullable String baselinePeriod = "2018/19";
    public @Nullable Long areaId;
    public @Nullable Long ownerId;
    public boolean allAds;
    public boolean proxy;
    public @Nullable String proxyRationale;
    public MeasureStatus status = MeasureStatus.ACTIVE;
    public Frequency frequency = Frequency.QUARTERLY;
    public @Nullable ImprovementCategory improvementCategory;
    public @Nullable Long improvementLeadId;
    public @Nullable BigDecimal stableWithin;
    public boolean stableWithinPercent;
    public @Nullable BigDecimal minimumCount;
    public @Nullable String spcFixedUntil;
    public @Nullable String spcChangePoints;

    public TestMeasure(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public MeasureForm form() {
        return new MeasureForm(code, kind, title, definition, unit, decimalPlaces, polarity,
                bandLower, bandUpper, tolerance, frequency, "Service records", baseline, baselinePeriod,
                areaId, null, ownerId, allAds, proxy, proxyRationale, status, Novelty.NEW, ObaQuestion.HOW_MUCH,
                null, improvementCategory, improvementLeadId, null, stableWithin, stableWithinPercent, minimumCount,
                spcFixedUntil, spcChangePoints);
    }

    /**
     * The form with only the essentials a measure was once created with outside the admin screen (no data source,
     * novelty or OBA question): what tests that need "a measure" without caring about its classification add.
     */
    public MeasureForm essentials() {
        return new MeasureForm(code, kind, title, definition, unit, decimalPlaces, polarity, bandLower, bandUpper,
                tolerance, frequency, null, baseline, baselinePeriod, areaId, null, ownerId, allAds, proxy,
                proxyRationale, status, null, null, null, improvementCategory, improvementLeadId, null, stableWithin,
                stableWithinPercent, minimumCount, spcFixedUntil, spcChangePoints);
    }

    /** An active quarterly measure with no tolerance, baseline or band, in an area and with an owner if given. */
    public static TestMeasure essential(String code, MeasureKind kind, String title, @Nullable String definition,
            MeasureUnit unit, int decimalPlaces, @Nullable Long areaId, @Nullable Long ownerId) {
        TestMeasure m = new TestMeasure(code, title);
        m.kind = kind;
        m.definition = definition;
        m.unit = unit;
        m.decimalPlaces = decimalPlaces;
        m.tolerance = null;
        m.baseline = null;
        m.baselinePeriod = null;
        m.areaId = areaId;
        m.ownerId = ownerId;
        return m;
    }
}
