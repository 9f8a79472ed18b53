package uk.co.goldenthread.framework.structure;

import java.util.ArrayList;
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
import uk.co.goldenthread.framework.measures.MeasureRules;
import uk.co.goldenthread.framework.structure.domain.CommissioningArea;
import uk.co.goldenthread.framework.structure.domain.CommissioningAreaRepository;
import uk.co.goldenthread.framework.structure.domain.Directorate;
import uk.co.goldenthread.framework.structure.domain.DirectorateRepository;
import uk.co.goldenthread.framework.structure.domain.Outcome;
import uk.co.goldenthread.framework.structure.domain.OutcomeRepository;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.Role;

/** The framework's shape: the outcome tree, the directorates and their commissioning areas, and who leads each. */
@Service
@Transactional
@NamedInterface("structure")
public class FrameworkStructureService {

    /** The audit trail's subjects: one per kind of thing, so that a directorate's id never shows an area's changes. */
    public static final String DIRECTORATE_SUBJECT = "Directorate";
    public static final String AREA_SUBJECT = "Commissioning area";
    public static final String OUTCOME_SUBJECT = "Outcome";

    private final OutcomeRepository outcomes;
    private final DirectorateRepository directorates;
    private final CommissioningAreaRepository areas;
    private final PeopleService people;
    private final AuditLog audit;

    FrameworkStructureService(OutcomeRepository outcomes, DirectorateRepository directorates,
            CommissioningAreaRepository areas, PeopleService people, AuditLog audit) {
        this.outcomes = outcomes;
        this.directorates = directorates;
        this.areas = areas;
        this.people = people;
        this.audit = audit;
    }

    /** The outcomes as a tree, each level ordered by code. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<OutcomeNode> outcomeTree() {
        List<Outcome> all = outcomes.findAll().stream().sorted(Comparator.comparing(Outcome::getCode)).toList();
        return childrenOf(null, all);
    }

    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public long addOutcome(OutcomeForm form) {
        checkOutcome(form, null);
        Outcome outcome = outcomes.save(new Outcome(form.code(), form.title(), form.level(), parent(form.parentId())));
        audit.recordChanges(OUTCOME_SUBJECT, outcome.getId(), "Outcome " + form.code(), Map.of(),
                form.describe());
        return outcome.getId();
    }

    /** Changes an outcome; a new parent moves it, with everything under it, to another place in the tree. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public void updateOutcome(long outcomeId, OutcomeForm form) {
        Outcome outcome = outcomes.findById(outcomeId)
                .orElseThrow(() -> new DomainException("There is no outcome with id " + outcomeId + "."));
        checkOutcome(form, outcomeId);
        Map<String, @Nullable String> before = new OutcomeForm(outcome.getCode(), outcome.getTitle(), outcome.getLevel(),
                outcome.getParent() == null ? null : outcome.getParent().getId()).describe();
        outcome.setCode(form.code());
        outcome.setTitle(form.title());
        outcome.setLevel(form.level());
        outcome.setParent(parent(form.parentId()));
        audit.recordChanges(OUTCOME_SUBJECT, outcomeId, "Outcome " + form.code(), before,
                form.describe());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DirectorateSummary> directorates() {
        return directorates.findAllByOrderByName().stream()
                .map(d -> new DirectorateSummary(d.getId(), d.getName(), d.getStrategicDirectorId())).toList();
    }

    /** Adds a directorate (or changes one, when {@code directorateId} is given). */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public long saveDirectorate(@Nullable Long directorateId, DirectorateForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.name().isEmpty()) {
            errors.put("Name", "Give the directorate a name.");
        }
        TextLimits.check(errors, "Name", form.name(), TextLimits.NAME);
        directorates.findByName(form.name()).filter(d -> !Long.valueOf(d.getId()).equals(directorateId))
                .ifPresent(d -> errors.put("Name", "There is already a directorate called " + form.name() + "."));
        checkPerson(errors, "Strategic Director", form.strategicDirectorId(), Role.STRATEGIC_DIRECTOR);
        throwIfAny(errors);
        Directorate directorate = directorateId == null ? new Directorate(form.name(), form.strategicDirectorId())
                : directorates.findById(directorateId).orElseThrow(() -> new DomainException("There is no such directorate."));
        Map<String, @Nullable String> before = directorateId == null ? Map.of()
                : new DirectorateForm(directorate.getName(), directorate.getStrategicDirectorId()).describe();
        directorate.setName(form.name());
        directorate.setStrategicDirectorId(form.strategicDirectorId());
        long id = directorates.save(directorate).getId();
        audit.recordChanges(DIRECTORATE_SUBJECT, id, "Directorate", before, form.describe());
        return id;
    }

    /** Adds a commissioning area (or changes one, when {@code areaId} is given). */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public long saveArea(@Nullable Long areaId, AreaForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.name().isEmpty()) {
            errors.put("Name", "Give the commissioning area a name.");
        }
        TextLimits.check(errors, "Name", form.name(), TextLimits.NAME);
        Directorate directorate = form.directorateId() == null ? null
                : directorates.findById(form.directorateId()).orElse(null);
        if (directorate == null) {
            errors.put("Directorate", "Choose the directorate the area belongs to.");
        } else {
            areas.findByNameAndDirectorateName(form.name(), directorate.getName())
                    .filter(a -> !Long.valueOf(a.getId()).equals(areaId))
                    .ifPresent(a -> errors.put("Name", directorate.getName() + " already has an area called "
                            + form.name() + "."));
        }
        checkPerson(errors, "AD Commissioning", form.adCommissioningId(), Role.AD_COMMISSIONING);
        form.adDeliveryIds().forEach(id -> checkPerson(errors, "AD Delivery", id, Role.AD_DELIVERY));
        if (!errors.isEmpty() || directorate == null) {
            throw new InvalidInputException(errors); // no directorate is among the errors
        }
        CommissioningArea area = areaId == null ? new CommissioningArea(form.name(), directorate, null)
                : areas.findById(areaId).orElseThrow(() -> new DomainException("There is no such commissioning area."));
        Map<String, @Nullable String> before = areaId == null ? Map.of() : AreaForm.of(area.toSummary()).describe();
        area.setName(form.name());
        area.setDirectorate(directorate);
        area.setAdCommissioningId(form.adCommissioningId());
        area.setAdDeliveryIds(form.adDeliveryIds());
        long id = areas.save(area).getId();
        audit.recordChanges(AREA_SUBJECT, id, "Commissioning area", before, form.describe());
        return id;
    }

    private void checkOutcome(OutcomeForm form, @Nullable Long outcomeId) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!MeasureRules.CODE.matcher(form.code()).matches()) {
            errors.put("Code", "Give a code of up to 20 letters, digits, dots, dashes or underscores, e.g. D1.");
        }
        outcomes.findByCode(form.code()).filter(o -> !Long.valueOf(o.getId()).equals(outcomeId))
                .ifPresent(o -> errors.put("Code", form.code() + " is already the code of '" + o.getTitle() + "'."));
        if (form.title().isEmpty()) {
            errors.put("Title", "Give the outcome a title.");
        }
        TextLimits.check(errors, "Title", form.title(), TextLimits.TITLE);
        if (form.level() == null) {
            errors.put("Level", "Choose the outcome's level.");
        }
        for (Outcome p = parent(form.parentId()); p != null && outcomeId != null; p = p.getParent()) {
            if (p.getId() == outcomeId) {
                errors.put("Parent", "An outcome cannot sit under itself or under one of its own sub-outcomes.");
                break;
            }
        }
        throwIfAny(errors);
    }

    private void checkPerson(Map<String, String> errors, String field, @Nullable Long personId, Role role) {
        if (personId == null) {
            return;
        }
        people.findById(personId).ifPresentOrElse(p -> {
            if (!p.roles().contains(role)) {
                errors.put(field, p.fullName() + " does not hold the role " + role.label() + ".");
            } else if (p.leftOn() != null) {
                errors.put(field, p.fullName() + " is marked as a leaver.");
            }
        }, () -> errors.put(field, "There is no such person."));
    }

    private @Nullable Outcome parent(@Nullable Long parentId) {
        return parentId == null ? null : outcomes.findById(parentId)
                .orElseThrow(() -> InvalidInputException.of("Parent", "There is no such outcome."));
    }

    private static List<OutcomeNode> childrenOf(@Nullable Outcome parent, List<Outcome> all) {
        List<OutcomeNode> nodes = new ArrayList<>();
        for (Outcome o : all) {
            Outcome itsParent = o.getParent();
            if (parent == null ? itsParent == null : itsParent != null && itsParent.getId() == parent.getId()) {
                nodes.add(new OutcomeNode(o.getId(), o.getCode(), o.getTitle(), o.getLevel(),
                        itsParent == null ? null : itsParent.getId(), childrenOf(o, all)));
            }
        }
        return nodes;
    }

    private static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
