package uk.co.goldenthread.framework.measures;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.framework.MeasurePacks;
import uk.co.goldenthread.framework.MeasureReturns;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.Novelty;
import uk.co.goldenthread.framework.PackUse;
import uk.co.goldenthread.framework.ReportedValue;
import uk.co.goldenthread.framework.measures.domain.Measure;
import uk.co.goldenthread.framework.measures.domain.MeasureRepository;
import uk.co.goldenthread.framework.measures.domain.MeasureTargetRepository;
import uk.co.goldenthread.framework.versions.domain.FrameworkVersion;
import uk.co.goldenthread.framework.versions.domain.FrameworkVersionRepository;

/**
 * Revising a measure in a framework version: history is never rewritten, so the old measure keeps its values and a
 * successor under a new code carries the change from the version's cut-over.
 */
@Service
@Transactional
public class MeasureRevisionService {

    private static final String AUDIT_SUBJECT = FrameworkAdminService.AUDIT_SUBJECT;

    private final MeasureRepository measures;
    private final MeasureTargetRepository targets;
    private final FrameworkVersionRepository versions;
    private final MeasureReturns returns;
    private final MeasurePacks packs;
    private final MeasureGuard guard;
    private final AuditLog audit;
    private final java.time.Clock clock;

    MeasureRevisionService(MeasureRepository measures, MeasureTargetRepository targets,
            FrameworkVersionRepository versions, MeasureReturns returns, MeasurePacks packs, MeasureGuard guard,
            AuditLog audit, java.time.Clock clock) {
        this.measures = measures;
        this.targets = targets;
        this.versions = versions;
        this.returns = returns;
        this.packs = packs;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
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
        Measure old = guard.find(measureId);
        if (old.getRetiredInVersionId() != null) {
            FrameworkVersion earlier = versions.findById(old.getRetiredInVersionId()).orElseThrow();
            throw new DomainException(old.getCode() + " is already revised in " + earlier.getName() + ", cutting over on "
                    + UkDates.format(earlier.getCutOverDate()) + ": revise its successor instead. Nothing was changed.");
        }
        guard.refuseIfRetired(old);
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
        guard.check(changes, old);
        checkNewCode(code);
        refuseIfOpenReturnsHoldItFrom(old, version);
        var successor = new Measure(code, changes.kind(), changes.title());
        guard.apply(successor, changes);
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
            guard.retire(old, versionId, "Revised as " + code + " in " + version.getName());
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

    private void checkNewCode(String code) {
        if (!MeasureRules.CODE.matcher(code).matches()) {
            throw InvalidInputException.of("New code", "Give a code of up to 20 letters, digits, dots, dashes or "
                    + "underscores.");
        }
        if (measures.existsByCode(code)) {
            throw InvalidInputException.of("New code", code + " is already the code of another measure.");
        }
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
}
