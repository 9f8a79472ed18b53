package uk.co.goldenthread.framework.measures;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.NoSuchRecordException;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.framework.MeasureStatus;
import uk.co.goldenthread.framework.MeasurePacks;
import uk.co.goldenthread.framework.MeasureReturns;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.PackUse;
import uk.co.goldenthread.framework.ReportedValue;
import uk.co.goldenthread.framework.Novelty;
import uk.co.goldenthread.framework.structure.domain.CommissioningArea;
import uk.co.goldenthread.framework.structure.domain.CommissioningAreaRepository;
import uk.co.goldenthread.framework.measures.domain.ComparatorRepository;
import uk.co.goldenthread.framework.versions.domain.FrameworkVersion;
import uk.co.goldenthread.framework.versions.domain.FrameworkVersionRepository;
import uk.co.goldenthread.framework.measures.domain.Measure;
import uk.co.goldenthread.framework.measures.domain.MeasureRepository;
import uk.co.goldenthread.framework.measures.domain.MeasureTargetRepository;
import uk.co.goldenthread.framework.measures.domain.MeasureValueRepository;
import uk.co.goldenthread.framework.structure.domain.Outcome;
import uk.co.goldenthread.framework.structure.domain.OutcomeRepository;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;

/**
 * The Performance Team's administration of measures. History is never rewritten: a measure that open returns use is
 * not retired, and once its values are published what they mean changes only in a new framework version.
 */
@Service
@Transactional
@NamedInterface("measures")
public class FrameworkAdminService {

    /** The audit trail's subject for measures, their targets and benchmarks (and the import's changes, under the council). */
    public static final String AUDIT_SUBJECT = "Framework";

    private final MeasureRepository measures;
    private final MeasureTargetRepository targets;
    private final MeasureValueRepository pastValues;
    private final ComparatorRepository comparators;
    private final CommissioningAreaRepository areas;
    private final OutcomeRepository outcomes;
    private final FrameworkVersionRepository versions;
    private final MeasureReturns returns;
    private final MeasurePacks packs;
    private final PeopleService people;
    private final AuditLog audit;
    private final java.time.Clock clock;

    FrameworkAdminService(MeasureRepository measures, MeasureTargetRepository targets, ComparatorRepository comparators,
            CommissioningAreaRepository areas, OutcomeRepository outcomes, FrameworkVersionRepository versions,
            MeasureReturns returns, MeasurePacks packs, PeopleService people, AuditLog audit,
            MeasureValueRepository pastValues, java.time.Clock clock) {
        this.clock = clock;
        this.pastValues = pastValues;
        this.measures = measures;
        this.targets = targets;
        this.comparators = comparators;
        this.areas = areas;
        this.outcomes = outcomes;
        this.versions = versions;
        this.returns = returns;
        this.packs = packs;
        this.people = people;
        this.audit = audit;
    }

    /** One page of the measures matching the filter, ordered by code. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MeasureSummary> findMeasures(MeasureFilter filter, int page, int pageSize) {
        return measures.search(filter.pattern(), filter.kind(), filter.status(), filter.directorateId(),
                filter.improvementCategory(), PageRequest.of(page, pageSize, Sort.by("code")))
                .stream().map(Measure::toSummary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long countMeasures(MeasureFilter filter) {
        return measures.countMatching(filter.pattern(), filter.kind(), filter.status(), filter.directorateId(),
                filter.improvementCategory());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MeasureForm measureForm(long measureId) {
        return find(measureId).toForm();
    }

    /** Everything about a measure, including where it has been reported and published. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MeasureDetails measureDetails(String code) {
        Measure m = measures.findByCode(code)
                .orElseThrow(() -> new NoSuchRecordException("There is no measure with the code " + code + "."));
        return new MeasureDetails(m.toSummary(), name(m.getOwnerId()), name(m.getImprovementLeadId()),
                versionName(m.getIntroducedInVersionId()), versionName(m.getRetiredInVersionId()),
                targets.findByMeasureIdOrderByFinancialYearAscQuarterAsc(m.getId()).stream()
                        .map(t -> new MeasureDetails.Target(t.getFinancialYear(), t.getQuarter(), t.getValue())).toList(),
                comparators.findByMeasureIdOrderByPeriodDesc(m.getId()).stream()
                        .map(c -> new MeasureDetails.Comparison(c.getKind(), c.getPeriod(), c.getValue())).toList(),
                historyAcrossTheChain(m), packs.packsUsing(m.getCode()),
                pastValues.findByMeasureIdOrderByFinancialYearAscQuarterAsc(m.getId()).stream()
                        .map(v -> new MeasureDetails.PastValue(v.getFinancialYear(), v.getQuarter(), v.getValue(),
                                v.isProvisional(), v.getSource())).toList(), chain(m));
    }

    /** The measure's reported values and those of its comparable predecessors, latest quarter first. */
    private List<ReportedValue> historyAcrossTheChain(Measure m) {
        List<ReportedValue> values = new java.util.ArrayList<>(returns.reportedValues(m.getId()));
        Measure current = m;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        while (current.isComparableWithPredecessor() && current.getReplacesMeasureId() != null
                && seen.add(current.getId())) {
            Measure predecessor = measures.findById(current.getReplacesMeasureId()).orElse(null);
            if (predecessor == null) {
                break;
            }
            values.addAll(returns.reportedValues(predecessor.getId()));
            current = predecessor;
        }
        values.sort(Comparator.comparing((ReportedValue v) -> v.quarter().firstDay()).reversed());
        return values;
    }

    /** The measures before this one (nearest first) and after it, along its revisions. */
    private List<MeasureDetails.ChainLink> chain(Measure m) {
        List<MeasureDetails.ChainLink> links = new java.util.ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>(List.of(m.getId()));
        Measure current = m;
        while (current.getReplacesMeasureId() != null) {
            Measure predecessor = measures.findById(current.getReplacesMeasureId()).orElse(null);
            if (predecessor == null || !seen.add(predecessor.getId())) {
                break;
            }
            FrameworkVersion version = version(current.getIntroducedInVersionId());
            links.add(new MeasureDetails.ChainLink(MeasureDetails.ChainLink.Relation.REPLACES, predecessor.getId(),
                    predecessor.getCode(), predecessor.getTitle(), version == null ? null : version.getName(),
                    version == null ? null : version.getCutOverDate(), current.isComparableWithPredecessor()));
            current = predecessor;
        }
        List<Measure> next = measures.findByReplacesMeasureId(m.getId());
        while (!next.isEmpty()) {
            Measure successor = next.getFirst();
            if (!seen.add(successor.getId())) {
                break;
            }
            FrameworkVersion version = version(successor.getIntroducedInVersionId());
            links.add(new MeasureDetails.ChainLink(MeasureDetails.ChainLink.Relation.REPLACED_BY, successor.getId(),
                    successor.getCode(), successor.getTitle(), version == null ? null : version.getName(),
                    version == null ? null : version.getCutOverDate(), successor.isComparableWithPredecessor()));
            next = measures.findByReplacesMeasureId(successor.getId());
        }
        return links;
    }

    private @Nullable FrameworkVersion version(@Nullable Long versionId) {
        return versionId == null ? null : versions.findById(versionId).orElse(null);
    }

    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public MeasureSummary addMeasure(MeasureForm form) {
        check(form, null);
        var measure = new Measure(form.code(), form.kind(), form.title());
        measure.apply(form, area(form.areaId()), outcome(form.outcomeId()));
        measures.save(measure);
        audit.recordChanges(AUDIT_SUBJECT, measure.getId(), "Measure " + form.code(), Map.of(), form.describe());
        return measure.toSummary();
    }

    /** Changes a measure in place; once its values are published, what they mean changes only by revising it. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public MeasureSummary updateMeasure(long measureId, MeasureForm form) {
        Measure measure = find(measureId);
        refuseIfRetired(measure);
        check(form, measure);
        MeasureForm before = measure.toForm();
        Map<String, @Nullable String> after = form.describe();
        List<String> meaning = before.describe().entrySet().stream()
                .filter(e -> MeasureForm.MEANING.contains(e.getKey()))
                .filter(e -> !Objects.equals(e.getValue(), after.get(e.getKey())))
                .map(Map.Entry::getKey).toList();
        if (!meaning.isEmpty()) {
            refuseIfPublished(measure, meaning);
        }
        if (!form.code().equals(measure.getCode()) && !returns.reportedValues(measureId).isEmpty()) {
            throw InvalidInputException.of("Code", "The code of " + measure.getCode() + " cannot change: its reported "
                    + "values are filed under it. Revise the measure in a new framework version to give it a new code.");
        }
        measure.apply(form, area(form.areaId()), outcome(form.outcomeId()));
        audit.recordChanges(AUDIT_SUBJECT, measureId, "Measure " + form.code(), before.describe(), after);
        return measure.toSummary();
    }

    /** Retires a measure; refused while returns that are not yet signed off still hold it. Its values are kept. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public MeasureSummary retireMeasure(long measureId) {
        Measure measure = find(measureId);
        refuseIfRetired(measure);
        refuseIfOpenReturnsUse(measure);
        retire(measure, null, null);
        return measure.toSummary();
    }

    /**
     * Replaces a measure from a framework version onwards: the old measure is retired in that version and keeps its
     * values; its successor, with the changes, is introduced in it under a new code (the given one, or the old code
     * with a suffix such as FIN01-2). The version's cut-over must come after every quarter already published.
     */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public MeasureSummary reviseMeasure(long measureId, long versionId, @Nullable String successorCode,
            MeasureForm changes) {
        return reviseMeasure(measureId, versionId, successorCode, changes, false);
    }

    /**
     * The same; when {@code comparable}, the successor's definition is comparable with the old one's, so its history
     * reads across both and it starts with the old measure's targets (copied, audited, editable). The old measure
     * stays active, and reported in quarters that start before the cut-over, until the cut-over date
     * ({@link MeasureCutOvers} retires it then); an open return may keep holding it for a quarter before the cut-over.
     */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public MeasureSummary reviseMeasure(long measureId, long versionId, @Nullable String successorCode,
            MeasureForm changes, boolean comparable) {
        Measure old = find(measureId);
        if (old.getRetiredInVersionId() != null) {
            FrameworkVersion earlier = versions.findById(old.getRetiredInVersionId()).orElseThrow();
            throw new DomainException(old.getCode() + " is already revised in " + earlier.getName() + ", cutting over on "
                    + UkDates.format(earlier.getCutOverDate()) + ": revise its successor instead. Nothing was changed.");
        }
        refuseIfRetired(old);
        FrameworkVersion version = versions.findById(versionId)
                .orElseThrow(() -> InvalidInputException.of("Framework version", "Choose a framework version."));
        packs.packsUsing(old.getCode()).stream().filter(PackUse::published)
                .map(PackUse::quarter).max(Comparator.comparing(FinancialQuarter::firstDay))
                .filter(last -> !version.getCutOverDate().isAfter(last.lastDay()))
                .ifPresent(last -> {
                    throw InvalidInputException.of("Framework version", version.getName() + " cuts over on "
                            + UkDates.format(version.getCutOverDate()) + ", but " + old.getCode() + " is published for "
                            + last.label() + ": history is never rewritten. Choose a version that cuts over later.");
                });
        String code = successorCode == null || successorCode.isBlank() ? nextCode(old.getCode()) : successorCode.strip();
        check(changes, old);
        checkNewCode(code);
        refuseIfOpenReturnsHoldItFrom(old, version);
        var successor = new Measure(code, changes.kind(), changes.title());
        successor.apply(changes, area(changes.areaId()), outcome(changes.outcomeId()));
        successor.setCode(code);
        successor.setNovelty(Novelty.NEW);
        successor.setIntroducedInVersionId(versionId);
        successor.replaces(old.getId(), comparable);
        measures.save(successor);
        if (version.getCutOverDate().isAfter(java.time.LocalDate.now(clock))) {
            old.setRetiredInVersionId(versionId);
            audit.record(AUDIT_SUBJECT, old.getId(), "Measure " + old.getCode() + " Replaced by", null, code,
                    "Revised in " + version.getName() + ": reported until its cut-over on "
                            + UkDates.format(version.getCutOverDate()));
        } else {
            retire(old, versionId, "Revised as " + code + " in " + version.getName());
        }
        MeasureForm created = successor.toForm();
        audit.recordChanges(AUDIT_SUBJECT, successor.getId(), "Measure " + code, Map.of(), created.describe());
        audit.record(AUDIT_SUBJECT, successor.getId(), "Measure " + code + " Replaces", null, old.getCode(),
                "Introduced in " + version.getName());
        audit.record(AUDIT_SUBJECT, successor.getId(), "Measure " + code + " Comparable with " + old.getCode(), null,
                comparable ? "yes" : "no", null);
        if (comparable) {
            copyTargets(old, successor);
        }
        return successor.toSummary();
    }

    /** A comparable successor starts with its predecessor's targets, each copy audited; they stay editable. */
    private void copyTargets(Measure from, Measure to) {
        for (var target : targets.findByMeasureIdOrderByFinancialYearAscQuarterAsc(from.getId())) {
            targets.save(new uk.co.goldenthread.framework.measures.domain.MeasureTarget(to.getId(),
                    target.getFinancialYear(), target.getQuarter(), target.getValue()));
            String period = new MeasureDetails.Target(target.getFinancialYear(), target.getQuarter(),
                    target.getValue()).period();
            audit.record(AUDIT_SUBJECT, to.getId(), "Measure " + to.getCode() + " Target " + period, null,
                    MeasureForm.number(target.getValue()), "Copied from " + from.getCode()
                            + ", whose definition is comparable");
        }
    }

    /**
     * A revision may leave the old measure in open returns for quarters that start before the cut-over (it is still in
     * force there); it is refused while an open return holds it for a quarter starting on or after the cut-over.
     */
    private void refuseIfOpenReturnsHoldItFrom(Measure measure, FrameworkVersion version) {
        List<ReportedValue> open = returns.inOpenReturns(List.of(measure.getId())).stream()
                .filter(v -> !v.quarter().firstDay().isBefore(version.getCutOverDate())).toList();
        if (!open.isEmpty()) {
            throw new DomainException(measure.getCode() + " cannot be revised in " + version.getName() + ", cutting over "
                    + "on " + UkDates.format(version.getCutOverDate()) + ", while returns that are not yet signed off "
                    + "hold it for a quarter from that day: " + String.join("; ", open.stream()
                            .map(ReportedValue::describe).toList()) + ". Nothing was changed. Revise it once they are "
                    + "signed off, or choose a version that cuts over after them.");
        }
    }

    private void check(MeasureForm form, @Nullable Measure existing) {
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

    private void checkNewCode(String code) {
        if (!MeasureRules.CODE.matcher(code).matches()) {
            throw InvalidInputException.of("New code", "Give a code of up to 20 letters, digits, dots, dashes or "
                    + "underscores.");
        }
        if (measures.existsByCode(code)) {
            throw InvalidInputException.of("New code", code + " is already the code of another measure.");
        }
    }

    private void refuseIfRetired(Measure measure) {
        if (measure.getStatus() == MeasureStatus.RETIRED) {
            throw new DomainException(measure.getCode() + " is retired: it keeps its history as it was.");
        }
    }

    private void refuseIfOpenReturnsUse(Measure measure) {
        List<ReportedValue> open = returns.inOpenReturns(List.of(measure.getId()));
        if (!open.isEmpty()) {
            throw new DomainException(measure.getCode() + " cannot be retired while returns that are not yet signed "
                    + "off use it: " + String.join("; ", open.stream().map(ReportedValue::describe)
                            .toList()) + ". Retire it once they are signed off.");
        }
    }

    private void refuseIfPublished(Measure measure, List<String> fields) {
        List<String> published = packs.packsUsing(measure.getCode()).stream().filter(PackUse::published)
                .map(PackUse::title).distinct().toList();
        if (!published.isEmpty()) {
            throw new DomainException(measure.getCode() + " has values in a published pack (" + String.join(", ", published)
                    + "), so its " + inWords(fields) + " cannot change in place: that would "
                    + "rewrite what was published. Create a new framework version with a cut-over date under Framework "
                    + "versions, then revise the measure in that version; the old measure keeps its values.");
        }
    }

    /** "title, unit and polarity" */
    private static String inWords(List<String> fields) {
        String all = String.join(", ", fields).toLowerCase(Locale.UK);
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " and " + all.substring(last + 2);
    }

    private void retire(Measure measure, @Nullable Long versionId, @Nullable String reason) {
        audit.record(AUDIT_SUBJECT, measure.getId(), "Measure " + measure.getCode() + " Status",
                measure.getStatus().label(), MeasureStatus.RETIRED.label(), reason);
        measure.setStatus(MeasureStatus.RETIRED);
        measure.setRetiredInVersionId(versionId);
    }

    /** FIN01 becomes FIN01-2 (or -3, ... if taken), kept within the 20 characters a code may have. */
    private String nextCode(String code) {
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = code.substring(0, Math.min(code.length(), 20 - suffix.length())) + suffix;
            if (!measures.existsByCode(candidate)) {
                return candidate;
            }
        }
    }

    private Measure find(long measureId) {
        return measures.findById(measureId)
                .orElseThrow(() -> new DomainException("There is no measure with id " + measureId + "."));
    }

    private @Nullable CommissioningArea area(@Nullable Long areaId) {
        return areaId == null ? null : areas.findById(areaId).orElse(null);
    }

    private @Nullable Outcome outcome(@Nullable Long outcomeId) {
        return outcomeId == null ? null : outcomes.findById(outcomeId).orElse(null);
    }

    private @Nullable String name(@Nullable Long personId) {
        return personId == null ? null : people.findById(personId).map(PersonSummary::fullName).orElse(null);
    }

    private @Nullable String versionName(@Nullable Long versionId) {
        return versionId == null ? null : versions.findById(versionId).map(FrameworkVersion::getName).orElse(null);
    }
}
