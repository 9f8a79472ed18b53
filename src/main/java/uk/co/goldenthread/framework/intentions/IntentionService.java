package uk.co.goldenthread.framework.intentions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.TextLimits;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.framework.IntentionSummary;
import uk.co.goldenthread.framework.intentions.domain.Intention;
import uk.co.goldenthread.framework.intentions.domain.IntentionRepository;
import uk.co.goldenthread.framework.measures.MeasureRules;
import uk.co.goldenthread.framework.measures.domain.MeasureRepository;
import uk.co.goldenthread.framework.structure.domain.CommissioningAreaRepository;
import uk.co.goldenthread.framework.structure.domain.OutcomeRepository;

/** Commissioning intentions: what is commissioned from delivery or the market, with an owner and milestones. */
@NamedInterface("intentions")
@Service
@Transactional
public class IntentionService {

    /** The audit trail's subject for intentions and their milestones. */
    public static final String AUDIT_SUBJECT = "Intention";

    private static final Comparator<IntentionSummary.Milestone> BY_DUE = Comparator.comparing(IntentionSummary.Milestone::due,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final IntentionRepository intentions;
    private final CommissioningAreaRepository areas;
    private final OutcomeRepository outcomes;
    private final MeasureRepository measures;
    private final AuditLog audit;

    IntentionService(IntentionRepository intentions, CommissioningAreaRepository areas, OutcomeRepository outcomes,
            MeasureRepository measures, AuditLog audit) {
        this.intentions = intentions;
        this.areas = areas;
        this.outcomes = outcomes;
        this.measures = measures;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<IntentionSummary> intentions() {
        return intentions.findAllByOrderByCode().stream().map(IntentionService::view).toList();
    }

    /** Adds an intention (or changes one, when {@code intentionId} is given). */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public long saveIntention(@Nullable Long intentionId, IntentionForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!MeasureRules.CODE.matcher(form.code()).matches()) {
            errors.put("Code", "Give a code of up to 20 letters, digits, dots, dashes or underscores, e.g. INT01.");
        }
        intentions.findByCode(form.code()).filter(i -> !Long.valueOf(i.getId()).equals(intentionId))
                .ifPresent(i -> errors.put("Code", form.code() + " is already the code of '" + i.getTitle() + "'."));
        if (form.title().isEmpty()) {
            errors.put("Title", "Say what is commissioned.");
        }
        TextLimits.check(errors, "Title", form.title(), TextLimits.TITLE);
        if (form.kind() == null) {
            errors.put("Kind", "Choose service or milestone.");
        }
        if (form.measureIds().stream().anyMatch(id -> !measures.existsById(id))) {
            errors.put("Measures", "One of the measures chosen no longer exists.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Intention intention = intentionId == null ? new Intention(form.code(), form.title(), form.kind()) : find(intentionId);
        Map<String, @Nullable String> before = intentionId == null ? Map.of() : view(intention).toForm().describe();
        intention.setCode(form.code());
        intention.setTitle(form.title());
        intention.setKind(form.kind());
        intention.setArea(form.areaId() == null ? null : areas.findById(form.areaId()).orElse(null));
        intention.setOutcome(form.outcomeId() == null ? null : outcomes.findById(form.outcomeId()).orElse(null));
        intention.setOwnerId(form.ownerId());
        intention.setAllAds(form.allAds());
        intention.setMeasureIds(form.measureIds());
        long id = intentions.save(intention).getId();
        audit.recordChanges(AUDIT_SUBJECT, id, "Intention " + form.code(), before, form.describe());
        return id;
    }

    /** Adds a milestone with its due date. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public void addMilestone(long intentionId, @Nullable String title, @Nullable LocalDate due) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank()) {
            errors.put("Milestone", "Say what will be achieved.");
        }
        TextLimits.check(errors, "Milestone", title, TextLimits.TITLE);
        if (due == null) {
            errors.put("Due", "Give the date the milestone is due.");
        }
        if (!errors.isEmpty() || title == null) {
            throw new InvalidInputException(errors);
        }
        Intention intention = find(intentionId);
        intention.addMilestone(title.strip(), due);
        audit.record(AUDIT_SUBJECT, intentionId, "Intention " + intention.getCode() + " Milestone",
                null, title.strip() + " (due " + UkDates.format(due) + ")", null);
    }

    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public void removeMilestone(long intentionId, long milestoneId) {
        Intention intention = find(intentionId);
        intention.getMilestones().stream().filter(m -> m.getId() == milestoneId).findFirst().ifPresent(m -> {
            audit.record(AUDIT_SUBJECT, intentionId, "Intention " + intention.getCode()
                    + " Milestone", m.getTitle() + " (due " + UkDates.format(m.getDue()) + ")", null, null);
            intention.removeMilestone(milestoneId);
        });
    }

    private Intention find(long intentionId) {
        return intentions.findById(intentionId)
                .orElseThrow(() -> new DomainException("There is no intention with id " + intentionId + "."));
    }

    private static IntentionSummary view(Intention i) {
        IntentionSummary view = i.toSummary();
        return new IntentionSummary(view.id(), view.code(), view.title(), view.kind(), view.areaId(), view.areaName(),
                view.outcomeId(), view.ownerId(), view.allAds(), view.measureIds(),
                view.milestones().stream().sorted(BY_DUE).toList());
    }
}
