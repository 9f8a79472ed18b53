package uk.co.goldenthread.packs.snapshot;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.framework.ReportedValue;
import uk.co.goldenthread.framework.measures.MeasureQueryService;
import uk.co.goldenthread.framework.structure.FrameworkStructureService;
import uk.co.goldenthread.framework.Labelled;
import uk.co.goldenthread.framework.measures.MeasureFacts;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.structure.OutcomeNode;
import uk.co.goldenthread.performance.Observation;
import uk.co.goldenthread.performance.Polarity;
import uk.co.goldenthread.performance.RagSpcDisagreement;
import uk.co.goldenthread.performance.XmrChart;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.ProgressDetails;
import uk.co.goldenthread.quarters.QuarterSummary;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnStatus;

/** Copies a quarter's signed-off returns, with what the framework says about each measure, into a snapshot. */
@Component
public class SnapshotAssembler {

    private static final int HISTORY_PERIODS = 8;

    private final FrameworkStructureService structure;
    private final MeasureQueryService framework;
    private final String council;

    SnapshotAssembler(FrameworkStructureService structure, MeasureQueryService framework,
            @Value("${goldenthread.council.name}") String council) {
        this.structure = structure;
        this.framework = framework;
        this.council = council;
    }

    public PackSnapshot assemble(QuarterSummary quarter, List<ReturnDetails> returns, int version,
            LocalDateTime compiledAt, String compiledBy, @Nullable String correctionNote) {
        List<PackSnapshot.Outcome> outcomes = new ArrayList<>();
        Map<String, List<String>> paths = new HashMap<>();
        structure.outcomeTree().forEach(node -> walk(node, 0, List.of(), outcomes, paths));
        // what the framework says of every measure, read for all of them at once
        Map<String, MeasureFacts> facts = framework.factsForPack(returns.stream()
                .filter(ret -> ret.status() != ReturnStatus.MISSING)
                .flatMap(ret -> ret.lines().stream().map(line -> line.measure().code())).distinct().toList());
        List<PackSnapshot.Measure> measures = new ArrayList<>();
        List<PackSnapshot.Intention> intentions = new ArrayList<>();
        List<PackSnapshot.Missing> missing = new ArrayList<>();
        List<PackSnapshot.Late> late = new ArrayList<>();
        for (ReturnDetails ret : returns) {
            if (ret.status() == ReturnStatus.MISSING) {
                missing.add(new PackSnapshot.Missing(ret.directorateName(), ret.areaName(), ret.adDeliveryName()));
                continue;
            }
            if (ret.submittedAt() != null && ret.submittedAt().toLocalDate().isAfter(quarter.submissionDue())) {
                late.add(new PackSnapshot.Late(ret.directorateName(), ret.areaName(), ret.adDeliveryName(),
                        quarter.submissionDue(), ret.submittedAt().toLocalDate()));
            }
            for (LineDetails line : ret.lines()) {
                MeasureFacts f = facts.get(line.measure().code());
                if (f == null) {
                    throw new IllegalStateException("No measure with the code " + line.measure().code());
                }
                measures.add(measure(quarter.period(), ret, line, f, paths));
            }
            ret.progress().forEach(p -> intentions.add(intention(ret, p)));
        }
        FinancialQuarter period = quarter.period();
        return new PackSnapshot(council, "Performance report " + period.label(), period.label(),
                FinancialQuarter.yearLabel(period.financialYear()), period.quarter(), version, compiledAt, compiledBy,
                quarter.cabinetDate(), quarter.publicationDate(), PackSnapshot.LICENCE, outcomes, measures,
                intentions, missing, late, dataQuality(measures, missing, late), correctionNote);
    }

    private static void walk(OutcomeNode node, int depth, List<String> above, List<PackSnapshot.Outcome> out,
            Map<String, List<String>> paths) {
        List<String> path = new ArrayList<>(above);
        path.add(node.title());
        out.add(new PackSnapshot.Outcome(node.code(), node.title(), node.level().label(), depth));
        paths.put(node.code(), List.copyOf(path));
        node.children().forEach(child -> walk(child, depth + 1, path, out, paths));
    }

    private static PackSnapshot.Measure measure(FinancialQuarter period, ReturnDetails ret, LineDetails line,
            MeasureFacts details, Map<String, List<String>> paths) {
        MeasureSummary m = line.measure();
        List<String> path = m.outcomeCode() != null && paths.containsKey(m.outcomeCode()) ? paths.get(m.outcomeCode())
                : m.objective() == null ? List.of() : List.of(m.objective());
        List<PackSnapshot.PeriodValue> history = history(period, ret, line, details);
        return new PackSnapshot.Measure(m.code(), m.kind().label(), m.title(), m.definition(), m.unit().label(),
                m.decimalPlaces(), m.polarityLabel(), line.value(), line.valueText(), line.target(),
                m.tolerance(), band(m, m.bandLower()), band(m, m.bandUpper()), m.baselineValue(), m.baselinePeriod(),
                history,
                line.rag().word(), line.directionOnPreviousQuarter().word(), line.directionOnLastYear().word(),
                line.dataAsAt() == null ? period.label() : line.dataAsAt(), line.dataAsAt() == null,
                line.noDataReason(), line.commentary(), line.commissioningCommentary(),
                line.remedialActions().stream()
                        .map(a -> new PackSnapshot.Action(a.action(), a.owner(), a.due())).toList(),
                details.comparators().stream().map(c -> new PackSnapshot.Comparator(c.kind().label(), c.period(),
                        c.value())).toList(),
                label(m.improvementCategory()), details.improvementLeadName(), label(m.oba()),
                label(m.scorecardBlock()), path, m.outcomeCode(), ret.directorateName(), ret.areaName(),
                ret.adDeliveryName(), ret.adCommissioningName(), ret.strategicDirectorName(),
                m.frequency().label(), m.proxy(), m.dataSource(), line.provisional(),
                line.rating().flag() == null ? null : line.rating().flag().label(), line.rating().explanation(),
                disagreement(line, history));
    }

    /**
     * The measure's signed-off values for this return's area, whoever reported them, up to and including this period:
     * its own and its comparable predecessors' (the measure details hold both), one per quarter.
     */
    private static List<PackSnapshot.PeriodValue> history(FinancialQuarter period, ReturnDetails ret, LineDetails line,
            MeasureFacts details) {
        Comparator<FinancialQuarter> order = Comparator.comparingInt(FinancialQuarter::financialYear)
                .thenComparingInt(FinancialQuarter::quarter);
        java.util.Set<FinancialQuarter> seen = new java.util.HashSet<>();
        List<ReportedValue> values = details.values().stream()
                .filter(v -> !v.open() && v.value() != null && order.compare(v.quarter(), period) < 0)
                .filter(v -> v.areaName().equals(ret.areaName()))
                .sorted(Comparator.comparing(ReportedValue::quarter, order))
                .filter(v -> seen.add(v.quarter())).toList();
        List<PackSnapshot.PeriodValue> history = new ArrayList<>();
        for (ReportedValue v : values) {
            BigDecimal value = v.value();
            if (value != null) {
                history.add(new PackSnapshot.PeriodValue(v.quarter().label(), value, v.provisional()));
            }
        }
        if (line.value() != null) {
            history.add(new PackSnapshot.PeriodValue(line.dataAsAt() == null ? period.label() : line.dataAsAt(),
                    line.value(), line.provisional()));
        }
        return List.copyOf(history.subList(Math.max(0, history.size() - HISTORY_PERIODS), history.size()));
    }

    /** What the SPC chart of the pack's history says against the rating, for an unflagged value; null when they agree. */
    private static @Nullable String disagreement(LineDetails line, List<PackSnapshot.PeriodValue> history) {
        if (line.value() == null || line.rating().flag() != null || history.size() < 2) {
            return null;
        }
        List<Observation> points = new ArrayList<>(history.stream()
                .map(v -> new Observation(v.period(), v.value(), v.provisional(), null)).toList());
        points.set(points.size() - 1, new Observation(history.getLast().period(), line.value(), line.provisional(),
                line.count()));
        return RagSpcDisagreement.between(line.rag(), XmrChart.analyse(points, line.measure().ragRule(), line.target(),
                line.measure().spcSettings()));
    }

    private static PackSnapshot.Intention intention(ReturnDetails ret, ProgressDetails p) {
        return new PackSnapshot.Intention(p.intention().code(), p.intention().title(), p.intention().kind().label(),
                ret.areaName(), ret.adDeliveryName(), p.status() == null ? null : p.status().label(), p.asAt(),
                p.commentary(), p.intention().milestones().stream()
                        .map(ms -> new PackSnapshot.Milestone(ms.title(), ms.due())).toList());
    }

    private static PackSnapshot.DataQuality dataQuality(List<PackSnapshot.Measure> measures,
            List<PackSnapshot.Missing> missing, List<PackSnapshot.Late> late) {
        return new PackSnapshot.DataQuality(
                measures.stream().filter(m -> m.value() == null).map(PackSnapshot.Measure::code).distinct().toList(),
                measures.stream().filter(m -> m.target() == null && !m.hasBand()).map(PackSnapshot.Measure::code)
                        .distinct().toList(),
                measures.stream().filter(PackSnapshot.Measure::proxy).map(PackSnapshot.Measure::code).distinct()
                        .toList(),
                missing.stream().map(r -> r.commissioningArea() + " (" + r.adDelivery() + ")").toList(),
                late.stream().map(r -> r.commissioningArea() + " (" + r.adDelivery() + "), submitted "
                        + UkDates.format(r.submittedOn()) + " after the deadline of " + UkDates.format(r.deadline()))
                        .toList());
    }

    /** A band limit, only for a measure rated within a band (a limit left on another measure does not rate it). */
    private static @Nullable BigDecimal band(MeasureSummary m, @Nullable BigDecimal limit) {
        return m.polarity() == Polarity.WITHIN_BAND ? limit : null;
    }

    private static @Nullable String label(@Nullable Labelled value) {
        return value == null ? null : value.label();
    }
}
