package uk.co.goldenthread.framework.measures;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import uk.co.goldenthread.framework.Frequency;
import uk.co.goldenthread.framework.ImprovementCategory;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureStatus;
import uk.co.goldenthread.framework.MeasureUnit;
import uk.co.goldenthread.framework.Novelty;
import uk.co.goldenthread.framework.ObaQuestion;
import uk.co.goldenthread.framework.ScorecardBlock;
import uk.co.goldenthread.performance.Polarity;

/** Every property of a measure that the Performance Team edits; blank text is read as "not given". */
@NamedInterface("measures")
public record MeasureForm(String code, MeasureKind kind, String title, @Nullable String definition, MeasureUnit unit,
        int decimalPlaces, @Nullable Polarity polarity, @Nullable BigDecimal bandLower, @Nullable BigDecimal bandUpper,
        @Nullable BigDecimal tolerance, Frequency frequency, @Nullable String dataSource,
        @Nullable BigDecimal baselineValue, @Nullable String baselinePeriod, @Nullable Long areaId,
        @Nullable Long outcomeId, @Nullable Long ownerId, boolean allAds, boolean proxy, @Nullable String proxyRationale,
        MeasureStatus status, @Nullable Novelty novelty, @Nullable ObaQuestion oba,
        @Nullable ScorecardBlock scorecardBlock, @Nullable ImprovementCategory improvementCategory,
        @Nullable Long improvementLeadId, @Nullable String notes, @Nullable BigDecimal stableWithin,
        boolean stableWithinPercent, @Nullable BigDecimal minimumCount, @Nullable String spcFixedUntil,
        @Nullable String spcChangePoints) {

    /** What a measure's reported values mean: once published, these change only in a new framework version. */
    public static final Set<String> MEANING = Set.of("Code", "Title", "Definition", "Unit", "Decimal places", "Polarity",
            "Band from", "Band to");

    public MeasureForm {
        code = code == null ? "" : code.strip();
        title = title == null ? "" : title.strip();
        definition = given(definition);
        dataSource = given(dataSource);
        baselinePeriod = given(baselinePeriod);
        proxyRationale = given(proxyRationale);
        notes = given(notes);
        // "stable within 0" is the default: stored (and audited) as not set, so saving 0 over blank changes nothing
        if (stableWithin != null && stableWithin.signum() == 0) {
            stableWithin = null;
        }
        stableWithinPercent = stableWithin != null && stableWithinPercent;
        spcFixedUntil = SpcLimits.canonical(given(spcFixedUntil));
        spcChangePoints = SpcLimits.joined(SpcLimits.quarters(spcChangePoints));
    }

    /** A new draft KBM with nothing filled in yet. */
    public static MeasureForm blank() {
        return new MeasureForm("", MeasureKind.KBM, "", null, MeasureUnit.PERCENT, 1, null, null, null, null,
                Frequency.QUARTERLY, null, null, null, null, null, null, false, false, null, MeasureStatus.DRAFT, null,
                null, null, null, null, null, null, false, null, null, null);
    }

    /** Each property as text under its label, for the audit trail and for telling what changed. */
    public Map<String, @Nullable String> describe() {
        Map<String, @Nullable String> d = new LinkedHashMap<>();
        d.put("Code", code);
        d.put("Type", kind == null ? null : kind.label());
        d.put("Title", title);
        d.put("Definition", definition);
        d.put("Unit", unit == null ? null : unit.label());
        d.put("Decimal places", String.valueOf(decimalPlaces));
        d.put("Polarity", polarity == null ? null : polarity.label());
        d.put("Band from", number(bandLower));
        d.put("Band to", number(bandUpper));
        d.put("Tolerance", number(tolerance));
        d.put("Frequency", frequency == null ? null : frequency.label());
        d.put("Data source", dataSource);
        d.put("Baseline", number(baselineValue));
        d.put("Baseline period", baselinePeriod);
        d.put("Commissioning area id", areaId == null ? null : areaId.toString());
        d.put("Outcome id", outcomeId == null ? null : outcomeId.toString());
        d.put("Owner id", ownerId == null ? null : ownerId.toString());
        d.put("All ADs", String.valueOf(allAds));
        d.put("Proxy", String.valueOf(proxy));
        d.put("Proxy rationale", proxyRationale);
        d.put("Status", status == null ? null : status.label());
        d.put("New or carried over", novelty == null ? null : novelty.label());
        d.put("OBA question", oba == null ? null : oba.label());
        d.put("Scorecard block", scorecardBlock == null ? null : scorecardBlock.label());
        d.put("Improvement category", improvementCategory == null ? null : improvementCategory.label());
        d.put("Improvement lead id", improvementLeadId == null ? null : improvementLeadId.toString());
        d.put("Notes", notes);
        d.put("Stable within", stableWithinText(stableWithin, stableWithinPercent));
        d.put("Minimum count", number(minimumCount));
        d.put(SpcLimits.FIXED_UNTIL, spcFixedUntil);
        d.put(SpcLimits.CHANGE_POINTS, spcChangePoints);
        return d;
    }

    /** A number as written, whatever its scale: 90, 90.0 and 90.0000 are the same value. */
    public static @Nullable String number(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** The stable-within threshold as written on the form and in the import format: "0.5", or "2%" of the earlier value. */
    public static @Nullable String stableWithinText(@Nullable BigDecimal amount, boolean percent) {
        return amount == null ? null : number(amount) + (percent ? "%" : "");
    }

    private static @Nullable String given(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
