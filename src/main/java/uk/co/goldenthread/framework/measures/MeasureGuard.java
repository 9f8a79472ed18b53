package uk.co.goldenthread.framework.measures;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.framework.MeasureStatus;
import uk.co.goldenthread.framework.measures.domain.Measure;
import uk.co.goldenthread.framework.measures.domain.MeasureRepository;
import uk.co.goldenthread.framework.measures.domain.MeasureTargetRepository;
import uk.co.goldenthread.framework.structure.domain.CommissioningArea;
import uk.co.goldenthread.framework.structure.domain.CommissioningAreaRepository;
import uk.co.goldenthread.framework.structure.domain.Outcome;
import uk.co.goldenthread.framework.structure.domain.OutcomeRepository;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;

/**
 * What every change to a measure checks first, inside its service's transaction: the form is valid and its code
 * free, its area, outcome and owner exist, and a retired measure is never changed; and the retirement both editing
 * and revising end in.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class MeasureGuard {

    private final MeasureRepository measures;
    private final MeasureTargetRepository targets;
    private final CommissioningAreaRepository areas;
    private final OutcomeRepository outcomes;
    private final PeopleService people;
    private final AuditLog audit;

    MeasureGuard(MeasureRepository measures, MeasureTargetRepository targets, CommissioningAreaRepository areas,
            OutcomeRepository outcomes, PeopleService people, AuditLog audit) {
        this.measures = measures;
        this.targets = targets;
        this.areas = areas;
        this.outcomes = outcomes;
        this.people = people;
        this.audit = audit;
    }

    Measure find(long measureId) {
        return measures.findById(measureId)
                .orElseThrow(() -> new DomainException("There is no measure with id " + measureId + "."));
    }

    void check(MeasureForm form, @Nullable Measure existing) {
        Map<String, String> errors = new LinkedHashMap<>(
                MeasureRules.problems(form, existing != null && targets.existsByMeasureId(existing.getId())));
        measures.findByCode(form.code()).filter(other -> existing == null || other.getId() != existing.getId())
                .ifPresent(other -> errors.putIfAbsent("Code", form.code() + " is already the code of '"
                        + other.getTitle() + "'."));
        if (form.areaId() != null && !areas.existsById(form.areaId())) {
            errors.put("Commissioning area", "There is no such commissioning area.");
        }
        if (form.outcomeId() != null && !outcomes.existsById(form.outcomeId())) {
            errors.put("Outcome", "There is no such outcome.");
        }
        if (form.ownerId() != null && name(form.ownerId()) == null) {
            errors.put("Owner", "There is no such person.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    void refuseIfRetired(Measure measure) {
        if (measure.getStatus() == MeasureStatus.RETIRED) {
            throw new DomainException(measure.getCode() + " is retired: it keeps its history as it was.");
        }
    }

    /** Applies the form to the measure, with the area and outcome it names. */
    void apply(Measure measure, MeasureForm form) {
        measure.apply(form, area(form.areaId()), outcome(form.outcomeId()));
    }

    void retire(Measure measure, @Nullable Long versionId, @Nullable String reason) {
        audit.record(FrameworkAdminService.AUDIT_SUBJECT, measure.getId(), "Measure " + measure.getCode() + " Status",
                measure.getStatus().label(), MeasureStatus.RETIRED.label(), reason);
        measure.setStatus(MeasureStatus.RETIRED);
        measure.setRetiredInVersionId(versionId);
    }

    @Nullable String name(@Nullable Long personId) {
        return personId == null ? null : people.findById(personId).map(PersonSummary::fullName).orElse(null);
    }

    private @Nullable CommissioningArea area(@Nullable Long areaId) {
        return areaId == null ? null : areas.findById(areaId).orElse(null);
    }

    private @Nullable Outcome outcome(@Nullable Long outcomeId) {
        return outcomeId == null ? null : outcomes.findById(outcomeId).orElse(null);
    }
}
