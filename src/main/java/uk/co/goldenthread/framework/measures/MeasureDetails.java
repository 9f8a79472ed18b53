package uk.co.goldenthread.framework.measures;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.ComparatorKind;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.PackUse;
import uk.co.goldenthread.framework.ReportedValue;

/** Everything about one measure: what it is, who owns it, its targets, benchmarks, reported values and packs. */
@NamedInterface("measures")
public record MeasureDetails(MeasureSummary measure, @Nullable String ownerName, @Nullable String improvementLeadName,
        @Nullable String introducedIn, @Nullable String retiredIn, List<Target> targets, List<Comparison> comparators,
        List<ReportedValue> values, List<PackUse> packs, List<PastValue> pastValues) {

    /** A value imported as history, for a quarter or (no quarter) a whole financial year. */
    public record PastValue(int financialYear, @Nullable Integer quarter, BigDecimal value, boolean provisional,
            @Nullable String source) {

        public String period() {
            return quarter == null ? FinancialQuarter.yearLabel(financialYear)
                    : new FinancialQuarter(financialYear, quarter).label();
        }

        /** Where the period falls in time, a whole year counting as its last quarter. */
        public int order() {
            return financialYear * 4 + (quarter == null ? 4 : quarter);
        }
    }

    /** A target for a financial year, or for one quarter of it. */
    @NamedInterface("measures")
    public record Target(int financialYear, @Nullable Integer quarter, BigDecimal value) {

        public String period() {
            return quarter == null ? FinancialQuarter.yearLabel(financialYear)
                    : new FinancialQuarter(financialYear, quarter).label();
        }
    }

    /** A benchmark: England average, region or statistical neighbours, for a period. */
    @NamedInterface("measures")
    public record Comparison(ComparatorKind kind, String period, BigDecimal value) {
    }

    public boolean hasPublishedValues() {
        return packs.stream().anyMatch(PackUse::published);
    }
}
