package uk.co.goldenthread.packs.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a pack version holds, copied from the live data at compilation: every format is rendered from this
 * record, and its canonical JSON is what the version's SHA-256 is taken over (docs/open-data.md).
 */
public record PackSnapshot(String council, String title, String quarter, String financialYear, int quarterNumber,
        int version, LocalDateTime compiledAt, String compiledBy, @Nullable LocalDate cabinetDate,
        @Nullable LocalDate papersDueBy, String licence, List<Outcome> outcomes, List<Measure> measures,
        List<Intention> intentions, List<Missing> missingReturns, List<Late> lateReturns, DataQuality dataQuality,
        @Nullable String correctionNote) {

    public static final String LICENCE = "Open Government Licence v3.0";

    /** An outcome of the framework's tree, in the tree's order; depth 0 is the top. */
    public record Outcome(String code, String title, String level, int depth) {
    }

    /**
     * One measure line of a return, with all it needs to be read on its own: its rating's flag ("Provisional",
     * "Small number: not rated", or none), the sentence that explains the rating, and the sentence saying how the
     * rating and the SPC chart of its history disagree, when they do. A measure rated within a band has the band's
     * limits instead of a single target.
     */
    public record Measure(String code, String kind, String title, String definition, String unit, int decimalPlaces,
            String polarity, @Nullable BigDecimal value, String valueText, @Nullable BigDecimal target,
            @Nullable BigDecimal tolerance, @Nullable BigDecimal bandLower, @Nullable BigDecimal bandUpper,
            @Nullable BigDecimal baseline, @Nullable String baselinePeriod, List<PeriodValue> history, String rag, String directionOnPreviousPeriod,
            String directionOnSamePeriodLastYear, String dataAsAt, boolean newDataThisPeriod,
            @Nullable String noDataReason, @Nullable String deliveryCommentary,
            @Nullable String commissioningCommentary, List<Action> remedialActions, List<Comparator> comparators,
            @Nullable String improvementCategory, @Nullable String improvementLead, @Nullable String obaQuestion,
            @Nullable String scorecardBlock, List<String> outcomePath, @Nullable String outcomeCode,
            String directorate, String commissioningArea, String adDelivery, String adCommissioning,
            String strategicDirector, String frequency, boolean proxy, @Nullable String dataSource,
            boolean provisional, @Nullable String ragFlag, String ragExplanation, @Nullable String disagreement) {

        /** True when the measure is rated within a band and has both its limits. */
        public boolean hasBand() {
            return bandLower != null && bandUpper != null;
        }
    }

    /** A value for a period (e.g. "Q2 2019/20"), oldest first in a history, and whether it was provisional. */
    public record PeriodValue(String period, BigDecimal value, boolean provisional) {

        public PeriodValue(String period, BigDecimal value) {
            this(period, value, false);
        }
    }

    public record Action(@Nullable String action, @Nullable String owner, @Nullable LocalDate due) {
    }

    /** A benchmark: England average, region or statistical neighbours, for its own period. */
    public record Comparator(String kind, String period, BigDecimal value) {
    }

    /** A commissioning intention as its return reported it, with its milestones. */
    public record Intention(String code, String title, String kind, String commissioningArea, String adDelivery,
            @Nullable String progress, @Nullable LocalDate progressAsAt, @Nullable String commentary,
            List<Milestone> milestones) {
    }

    public record Milestone(String title, @Nullable LocalDate due) {
    }

    /** A return the pack does not hold because the quarter was closed before it was signed off. */
    public record Missing(String directorate, String commissioningArea, String adDelivery) {
    }

    /** A return in the pack that was submitted after the timetable's submission deadline, and when. */
    public record Late(String directorate, String commissioningArea, String adDelivery, LocalDate deadline,
            LocalDate submittedOn) {
    }

    /** Codes of the measures with each kind of data-quality finding, and the returns missing or late. */
    public record DataQuality(List<String> missingValues, List<String> missingTargets, List<String> proxies,
            List<String> missingReturns, List<String> lateReturns) {
    }
}
