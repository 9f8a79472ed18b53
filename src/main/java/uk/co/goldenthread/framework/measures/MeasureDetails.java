package uk.co.goldenthread.framework.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.framework.ComparatorKind;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.PackUse;
import uk.co.goldenthread.framework.ReportedValue;

/** Everything about one measure: what it is, who owns it, its targets, benchmarks, reported values and packs. */
@NamedInterface("measures")
public record MeasureDetails(MeasureSummary measure, @Nullable String ownerName, @Nullable String improvementLeadName,
        @Nullable String introducedIn, @Nullable String retiredIn, List<Target> targets, List<Comparison> comparators,
        List<ReportedValue> values, List<PackUse> packs, List<PastValue> pastValues, List<ChainLink> chain) {

    /**
     * Another measure in this one's chain of revisions: one it replaces (and those before), or one that replaces it
     * (and those after), with the version and cut-over date of the change and whether the definitions are comparable.
     * {@code values} holds the reported values of the comparable predecessors too, under their own measure ids.
     */
    @NamedInterface("measures")
    public record ChainLink(Relation relation, long measureId, String code, String title, @Nullable String version,
            @Nullable LocalDate cutOver, boolean comparable) {

        public enum Relation {
            REPLACES, REPLACED_BY
        }

        /** "Replaces FIN01 Title from 1 Oct 2026 (Framework 2026): the definition is comparable, so ..." */
        public String describe() {
            return verb() + " " + code + afterCode();
        }

        public String verb() {
            return relation == Relation.REPLACES ? "Replaces" : "Replaced by";
        }

        /** Everything after the code: title, cut-over, version and whether history carries across. */
        public String afterCode() {
            String when = cutOver == null ? "" : " from " + UkDates.format(cutOver);
            String in = version == null ? "" : " (" + version + ")";
            return " " + title + when + in + switch (relation) {
                case REPLACES -> comparable ? ": the definition is comparable, so its history continues here"
                        : ": the definition is not comparable, so its history is not carried over";
                case REPLACED_BY -> comparable ? ": comparable, so this history continues there" : ": not comparable";
            };
        }
    }

    /**
     * A value imported as history, for a quarter or (no quarter) a whole financial year, with the count or denominator
     * behind it when the source gives one.
     */
    public record PastValue(int financialYear, @Nullable Integer quarter, BigDecimal value, boolean provisional,
            @Nullable String source, @Nullable BigDecimal count) {

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
