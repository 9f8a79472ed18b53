package uk.co.goldenthread.framework.measures;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.framework.MeasurePacks;
import uk.co.goldenthread.framework.MeasureReturns;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.PackUse;
import uk.co.goldenthread.framework.ReportedValue;
import uk.co.goldenthread.framework.measures.domain.Measure;
import uk.co.goldenthread.framework.measures.domain.MeasureRepository;

/**
 * The Performance Team's editing of measures in place: adding, changing and retiring them. History is never
 * rewritten: a measure that open returns use is not retired, and once its values are published what they mean changes
 * only by revising it ({@link MeasureRevisionService}).
 */
@Service
@Transactional
@NamedInterface("measures")
public class FrameworkAdminService {

    /** The audit trail's subject for measures, their targets and benchmarks (and the import's changes, under the council). */
    public static final String AUDIT_SUBJECT = "Framework";

    private final MeasureRepository measures;
    private final MeasureReturns returns;
    private final MeasurePacks packs;
    private final MeasureGuard guard;
    private final AuditLog audit;

    FrameworkAdminService(MeasureRepository measures, MeasureReturns returns, MeasurePacks packs, MeasureGuard guard,
            AuditLog audit) {
        this.measures = measures;
        this.returns = returns;
        this.packs = packs;
        this.guard = guard;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public MeasureSummary addMeasure(MeasureForm form) {
        guard.check(form, null);
        var measure = new Measure(form.code(), form.kind(), form.title());
        guard.apply(measure, form);
        measures.save(measure);
        audit.recordChanges(AUDIT_SUBJECT, measure.getId(), "Measure " + form.code(), Map.of(), form.describe());
        return measure.toSummary();
    }

    /** Changes a measure in place; once its values are published, what they mean changes only by revising it. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public MeasureSummary updateMeasure(long measureId, MeasureForm form) {
        Measure measure = guard.find(measureId);
        guard.refuseIfRetired(measure);
        guard.check(form, measure);
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
        guard.apply(measure, form);
        audit.recordChanges(AUDIT_SUBJECT, measureId, "Measure " + form.code(), before.describe(), after);
        return measure.toSummary();
    }

    /** Retires a measure; refused while returns that are not yet signed off still hold it. Its values are kept. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public MeasureSummary retireMeasure(long measureId) {
        Measure measure = guard.find(measureId);
        guard.refuseIfRetired(measure);
        refuseIfOpenReturnsUse(measure);
        guard.retire(measure, null, null);
        return measure.toSummary();
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
}
