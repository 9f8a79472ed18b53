package uk.co.goldenthread.framework.measures;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.framework.ComparatorKind;
import uk.co.goldenthread.framework.measures.domain.Comparator;
import uk.co.goldenthread.framework.measures.domain.ComparatorRepository;
import uk.co.goldenthread.framework.measures.domain.Measure;
import uk.co.goldenthread.framework.measures.domain.MeasureRepository;
import uk.co.goldenthread.framework.measures.domain.MeasureTarget;
import uk.co.goldenthread.framework.measures.domain.MeasureTargetRepository;

/** A measure's targets per financial year (or quarter) and its benchmarks: what its values are judged against. */
@NamedInterface("measures")
@Service
@Transactional
@PreAuthorize("hasRole('PERFORMANCE_TEAM')")
public class MeasureTargetService {

    private final MeasureRepository measures;
    private final MeasureTargetRepository targets;
    private final ComparatorRepository comparators;
    private final AuditLog audit;

    MeasureTargetService(MeasureRepository measures, MeasureTargetRepository targets, ComparatorRepository comparators,
            AuditLog audit) {
        this.measures = measures;
        this.targets = targets;
        this.comparators = comparators;
        this.audit = audit;
    }

    /** Sets the target for a financial year, or for one quarter of it; a blank value removes that target. */
    public void setTarget(long measureId, int financialYear, @Nullable Integer quarter, @Nullable BigDecimal value) {
        Measure measure = find(measureId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (financialYear < 2000 || financialYear > 2100) {
            errors.put("Financial year", "Choose a financial year.");
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            errors.put("Quarter", "Choose Q1 to Q4, or the whole year.");
        }
        if (value != null && measure.getPolarity() == null) {
            errors.put("Polarity", "Set the polarity of " + measure.getCode() + " first: a target without one cannot be rated.");
        }
        if (value != null && MeasureRules.tooPrecise(value, measure.getDecimalPlaces())) {
            errors.put("Target", "Give the target with at most " + measure.getDecimalPlaces() + " decimal places.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String period = new MeasureDetails.Target(financialYear, quarter, BigDecimal.ZERO).period();
        var existing = targets.findByMeasureIdAndFinancialYearAndQuarter(measureId, financialYear, quarter);
        audit.record(FrameworkAdminService.AUDIT_SUBJECT, measureId, "Measure " + measure.getCode() + " Target " + period,
                existing.map(t -> MeasureForm.number(t.getValue())).orElse(null), MeasureForm.number(value), null);
        if (value == null) {
            existing.ifPresent(targets::delete);
        } else if (existing.isPresent()) {
            existing.get().setValue(value);
        } else {
            targets.save(new MeasureTarget(measureId, financialYear, quarter, value));
        }
    }

    /** Sets a benchmark value for a period; a blank value removes it. */
    public void setComparator(long measureId, @Nullable ComparatorKind kind, @Nullable String period,
            @Nullable BigDecimal value) {
        Measure measure = find(measureId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("Compared with", "Choose England average, region or statistical neighbours.");
        }
        if (period == null || period.isBlank()) {
            errors.put("Period", "Give the period the benchmark relates to, e.g. 2018/19.");
        }
        if (!errors.isEmpty() || kind == null || period == null) {
            throw new InvalidInputException(errors);
        }
        String when = period.strip();
        var existing = comparators.findByMeasureIdAndKindAndPeriod(measureId, kind, when);
        audit.record(FrameworkAdminService.AUDIT_SUBJECT, measureId, "Measure " + measure.getCode() + " " + kind.label() + " " + when,
                existing.map(c -> MeasureForm.number(c.getValue())).orElse(null), MeasureForm.number(value), null);
        if (value == null) {
            existing.ifPresent(comparators::delete);
        } else if (existing.isPresent()) {
            existing.get().setValue(value);
        } else {
            comparators.save(new Comparator(measureId, kind, when, value));
        }
    }

    private Measure find(long measureId) {
        return measures.findById(measureId)
                .orElseThrow(() -> new DomainException("There is no measure with id " + measureId + "."));
    }
}
