package uk.co.goldenthread.framework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.structure.domain.CommissioningArea;
import uk.co.goldenthread.framework.structure.domain.CommissioningAreaRepository;
import uk.co.goldenthread.framework.intentions.domain.Intention;
import uk.co.goldenthread.framework.intentions.domain.IntentionRepository;
import uk.co.goldenthread.framework.measures.domain.Measure;
import uk.co.goldenthread.framework.measures.domain.MeasureRepository;
import uk.co.goldenthread.framework.measures.domain.MeasureTarget;
import uk.co.goldenthread.framework.measures.domain.MeasureTargetRepository;
import uk.co.goldenthread.framework.versions.domain.FrameworkVersionRepository;

/**
 * Reads the performance framework: directorates, commissioning areas, measures and their targets, intentions. It
 * changes nothing: the framework is changed only through the audited services of its features (structure, measures,
 * intentions, versions, io).
 */
@Service
@Transactional(readOnly = true)
public class FrameworkService {

    private final CommissioningAreaRepository areas;
    private final MeasureRepository measures;
    private final MeasureTargetRepository targets;
    private final IntentionRepository intentions;
    private final FrameworkVersionRepository versions;

    FrameworkService(CommissioningAreaRepository areas, MeasureRepository measures, MeasureTargetRepository targets,
            IntentionRepository intentions, FrameworkVersionRepository versions) {
        this.areas = areas;
        this.measures = measures;
        this.targets = targets;
        this.intentions = intentions;
        this.versions = versions;
    }

    /** Active measures, ordered by code: what a quarter's returns hold. */
    public List<MeasureSummary> activeMeasures() {
        return measures.findByStatusOrderByCode(MeasureStatus.ACTIVE).stream().map(Measure::toSummary).toList();
    }

    /**
     * The measures in force on a day, by code: what a quarter starting that day reports. A measure is in force from the
     * cut-over of the version that introduced it until the cut-over of the version that retired or replaced it.
     */
    public List<MeasureSummary> measuresInForce(LocalDate day) {
        Map<Long, LocalDate> cutOvers = new HashMap<>();
        versions.findAll().forEach(v -> cutOvers.put(v.getId(), v.getCutOverDate()));
        List<Measure> candidates = new java.util.ArrayList<>(measures.findByStatusOrderByCode(MeasureStatus.ACTIVE));
        measures.findByStatusOrderByCode(MeasureStatus.RETIRED).stream()
                .filter(m -> m.getRetiredInVersionId() != null).forEach(candidates::add);
        return candidates.stream()
                .filter(m -> m.getIntroducedInVersionId() == null
                        || !cutOvers.getOrDefault(m.getIntroducedInVersionId(), LocalDate.MIN).isAfter(day))
                .filter(m -> m.getRetiredInVersionId() == null
                        || cutOvers.getOrDefault(m.getRetiredInVersionId(), LocalDate.MIN).isAfter(day))
                .sorted(Comparator.comparing(Measure::getCode)).map(Measure::toSummary).toList();
    }

    public MeasureSummary measure(long id) {
        return measures.findById(id).map(Measure::toSummary)
                .orElseThrow(() -> new DomainException("There is no measure with id " + id + "."));
    }

    /**
     * Several measures at once, by id, with their areas and outcomes in the same query (a return's page reads them on
     * every click; one query more for each outcome and area they name, before).
     */
    public Map<Long, MeasureSummary> measures(java.util.Collection<Long> ids) {
        Map<Long, MeasureSummary> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        measures.findWithPlacesByIdIn(ids).forEach(m -> result.put(m.getId(), m.toSummary()));
        return result;
    }

    /**
     * Whose values count as each measure's history: the measure itself and, back along its chain of revisions, each
     * predecessor for as long as the successor's definition is marked comparable. Keyed by the measure whose values
     * they are, giving the measure asked about.
     */
    public Map<Long, Long> historySources(java.util.Collection<Long> measureIds) {
        Map<Long, Long> result = new HashMap<>();
        measureIds.forEach(id -> result.put(id, id));
        for (Long id : measureIds) {
            Measure current = measures.findById(id).orElse(null);
            java.util.Set<Long> seen = new java.util.HashSet<>();
            while (current != null && current.isComparableWithPredecessor() && current.getReplacesMeasureId() != null
                    && seen.add(current.getId())) {
                long predecessor = current.getReplacesMeasureId();
                result.putIfAbsent(predecessor, id);
                current = measures.findById(predecessor).orElse(null);
            }
        }
        return result;
    }

    /** Every intention with its milestones, by code. */
    public List<IntentionSummary> intentions() {
        return intentions.findAll().stream().map(Intention::toSummary)
                .sorted(Comparator.comparing(IntentionSummary::code)).toList();
    }

    public AreaSummary area(long id) {
        return areas.findById(id).map(CommissioningArea::toSummary)
                .orElseThrow(() -> new DomainException("There is no commissioning area with id " + id + "."));
    }

    public List<AreaSummary> areas() {
        return areas.findAllWithDirectorateAndDelivery().stream().map(CommissioningArea::toSummary)
                .sorted(Comparator.comparing(AreaSummary::directorateName).thenComparing(AreaSummary::name)).toList();
    }

    public long measureCount() {
        return measures.count();
    }

    /** The target for a quarter: the quarter's own if set, else the financial year's. */
    public Optional<BigDecimal> targetFor(long measureId, FinancialQuarter quarter) {
        List<MeasureTarget> forYear = targets.findByMeasureIdAndFinancialYear(measureId, quarter.financialYear());
        return forYear.stream().filter(t -> Integer.valueOf(quarter.quarter()).equals(t.getQuarter())).findFirst()
                .or(() -> forYear.stream().filter(t -> t.getQuarter() == null).findFirst())
                .map(MeasureTarget::getValue);
    }

    /** Every measure's target for a quarter (its own, else the year's), read at once: what opening a quarter needs. */
    public Map<Long, BigDecimal> targetsFor(FinancialQuarter quarter) {
        Map<Long, BigDecimal> result = new HashMap<>();
        for (MeasureTarget target : targets.findByFinancialYear(quarter.financialYear())) {
            if (target.getQuarter() == null) {
                result.putIfAbsent(target.getMeasureId(), target.getValue());
            } else if (target.getQuarter() == quarter.quarter()) {
                result.put(target.getMeasureId(), target.getValue());
            }
        }
        return result;
    }
}
