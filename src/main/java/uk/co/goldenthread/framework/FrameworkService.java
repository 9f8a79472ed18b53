package uk.co.goldenthread.framework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.structure.domain.CommissioningArea;
import uk.co.goldenthread.framework.structure.domain.CommissioningAreaRepository;
import uk.co.goldenthread.framework.structure.domain.Directorate;
import uk.co.goldenthread.framework.intentions.domain.Intention;
import uk.co.goldenthread.framework.intentions.domain.IntentionRepository;
import uk.co.goldenthread.framework.structure.domain.DirectorateRepository;
import uk.co.goldenthread.framework.measures.domain.Measure;
import uk.co.goldenthread.framework.measures.domain.MeasureRepository;
import uk.co.goldenthread.framework.measures.domain.MeasureTarget;
import uk.co.goldenthread.framework.measures.domain.MeasureTargetRepository;
import uk.co.goldenthread.framework.structure.domain.Outcome;
import uk.co.goldenthread.framework.versions.domain.FrameworkVersionRepository;
import uk.co.goldenthread.framework.structure.domain.OutcomeRepository;

/** The performance framework: directorates, commissioning areas, objectives, measures and their targets. */
@Service
@Transactional(readOnly = true)
public class FrameworkService {

    private final DirectorateRepository directorates;
    private final CommissioningAreaRepository areas;
    private final OutcomeRepository outcomes;
    private final MeasureRepository measures;
    private final MeasureTargetRepository targets;
    private final IntentionRepository intentions;
    private final FrameworkVersionRepository versions;

    FrameworkService(DirectorateRepository directorates, CommissioningAreaRepository areas, OutcomeRepository outcomes,
            MeasureRepository measures, MeasureTargetRepository targets, IntentionRepository intentions,
            FrameworkVersionRepository versions) {
        this.directorates = directorates;
        this.areas = areas;
        this.outcomes = outcomes;
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

    /** Several measures at once, by id. */
    public Map<Long, MeasureSummary> measures(java.util.Collection<Long> ids) {
        Map<Long, MeasureSummary> result = new HashMap<>();
        measures.findAllById(ids).forEach(m -> result.put(m.getId(), m.toSummary()));
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
        return areas.findAll().stream().map(CommissioningArea::toSummary)
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

    @Transactional
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public long addDirectorate(String name, @Nullable Long strategicDirectorId) {
        return directorates.save(new Directorate(name, strategicDirectorId)).getId();
    }

    @Transactional
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public long addArea(String name, long directorateId, @Nullable Long adCommissioningId, Set<Long> adDeliveryIds) {
        Directorate directorate = directorates.findById(directorateId)
                .orElseThrow(() -> new DomainException("There is no directorate with id " + directorateId + "."));
        var area = new CommissioningArea(name, directorate, adCommissioningId);
        area.setAdDeliveryIds(adDeliveryIds);
        return areas.save(area).getId();
    }

    @Transactional
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public long addOutcome(String code, String title, OutcomeLevel level, @Nullable Long parentId) {
        Outcome parent = parentId == null ? null : outcomes.getReferenceById(parentId);
        return outcomes.save(new Outcome(code, title, level, parent)).getId();
    }

    @Transactional
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public long addMeasure(MeasureDraft draft) {
        var measure = new Measure(draft.code(), draft.kind(), draft.title());
        measure.setDefinition(draft.definition());
        if (draft.areaId() != null) {
            measure.setArea(areas.findById(draft.areaId()).orElseThrow(
                    () -> new DomainException("There is no commissioning area with id " + draft.areaId() + ".")));
        }
        measure.setOutcome(draft.outcomeId() == null ? null : outcomes.getReferenceById(draft.outcomeId()));
        measure.setOwnerId(draft.ownerId());
        measure.setUnit(draft.unit());
        measure.setDecimalPlaces(draft.decimalPlaces());
        measure.setPolarity(draft.polarity());
        measure.setTolerance(draft.tolerance());
        measure.setBand(draft.bandLower(), draft.bandUpper());
        measure.setBaseline(draft.baselineValue(), draft.baselinePeriod());
        return measures.save(measure).getId();
    }

    /** Adds an intention (a commissioned service or milestone) with its milestones. */
    @Transactional
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public long addIntention(String code, String title, IntentionKind kind, @Nullable Long areaId, @Nullable Long ownerId,
            List<IntentionSummary.Milestone> milestones) {
        var intention = new Intention(code, title, kind);
        intention.setArea(areaId == null ? null : areas.getReferenceById(areaId));
        intention.setOwnerId(ownerId);
        milestones.forEach(m -> intention.addMilestone(m.title(), m.due()));
        return intentions.save(intention).getId();
    }

    /** Sets a measure's target for a financial year, or for one quarter of it. */
    @Transactional
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public void setTarget(long measureId, int financialYear, @Nullable Integer quarter, BigDecimal value) {
        targets.save(new MeasureTarget(measureId, financialYear, quarter, value));
    }
}
