package uk.co.goldenthread.framework.io;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.framework.io.ImportChange;
import uk.co.goldenthread.framework.io.ImportPreview;
import uk.co.goldenthread.framework.OutcomeLevel;
import uk.co.goldenthread.framework.io.ProgressListener;
import uk.co.goldenthread.framework.structure.domain.CommissioningArea;
import uk.co.goldenthread.framework.structure.domain.CommissioningAreaRepository;
import uk.co.goldenthread.framework.structure.domain.Council;
import uk.co.goldenthread.framework.structure.domain.CouncilRepository;
import uk.co.goldenthread.framework.structure.domain.Directorate;
import uk.co.goldenthread.framework.structure.domain.DirectorateRepository;
import uk.co.goldenthread.framework.versions.domain.FrameworkVersion;
import uk.co.goldenthread.framework.versions.domain.FrameworkVersionRepository;
import uk.co.goldenthread.framework.structure.domain.Outcome;
import uk.co.goldenthread.framework.structure.domain.OutcomeRepository;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.Role;

/**
 * Writes a validated plan to the database inside the caller's transaction (so a failure anywhere rolls all of it
 * back): people, directorates, areas, outcomes and the framework version here, then measures and intentions, then one
 * audit entry per added row and per changed field.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class FrameworkApplier {

    private final PeopleService people;
    private final DirectorateRepository directorates;
    private final CommissioningAreaRepository areas;
    private final OutcomeRepository outcomes;
    private final CouncilRepository councils;
    private final FrameworkVersionRepository versions;
    private final MeasureApplier measures;
    private final IntentionApplier intentions;
    private final AuditLog audit;
    private final Clock clock;

    FrameworkApplier(PeopleService people, DirectorateRepository directorates, CommissioningAreaRepository areas,
            OutcomeRepository outcomes, CouncilRepository councils, FrameworkVersionRepository versions,
            MeasureApplier measures, IntentionApplier intentions, AuditLog audit, Clock clock) {
        this.people = people;
        this.directorates = directorates;
        this.areas = areas;
        this.outcomes = outcomes;
        this.councils = councils;
        this.versions = versions;
        this.measures = measures;
        this.intentions = intentions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Applies the plan; returns the id of the framework version the file names (created if new), if it names one. */
    public @Nullable Long apply(FrameworkTables file, ImportPreview plan, ProgressListener progress) {
        var changes = new ChangeSet(file, plan);
        for (FrameworkTables.Entry p : changes.rows(Table.PEOPLE)) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            Cells.list(p.get("roles")).forEach(l -> roles.add(java.util.Arrays.stream(Role.values())
                    .filter(r -> r.label().equals(l)).findFirst().orElseThrow()));
            people.upsertPerson(p.key(), p.get("full name"), p.get("job title"), Cells.text(p.get("email")), roles,
                    Cells.date(p.get("left on")));
        }
        var ids = new ImportIds(people.everyone().stream()
                .collect(Collectors.toMap(PersonSummary::username, PersonSummary::id)));
        directoratesAndAreas(changes, ids);
        outcomes(changes, ids);
        Long versionId = framework(changes);
        progress.progress(0.7, "Saving measures");
        measures.apply(changes, ids, versionId, progress);
        intentions.apply(changes, ids);
        progress.progress(0.95, "Writing the audit trail");
        List<AuditLog.Change> trail = new ArrayList<>();
        auditValuesAdded(plan.changes(), trail);
        plan.changes().stream().filter(c -> !isValueAdded(c)).forEach(c -> audit(c, trail));
        audit.recordAll("Framework", Council.THE_COUNCIL, trail);
        return versionId;
    }

    private void directoratesAndAreas(ChangeSet changes, ImportIds ids) {
        Map<String, Directorate> byName = new HashMap<>();
        directorates.findAll().forEach(d -> byName.put(d.getName(), d));
        for (FrameworkTables.Entry d : changes.rows(Table.DIRECTORATES)) {
            Directorate directorate = byName.computeIfAbsent(d.key(), name -> new Directorate(name, null));
            directorate.setStrategicDirectorId(ids.person(d.get("strategic director")));
            directorates.save(directorate);
        }
        Map<String, CommissioningArea> areasByKey = new HashMap<>();
        areas.findAll().forEach(a -> areasByKey.put(a.getDirectorate().getName() + ", " + a.getName(), a));
        for (FrameworkTables.Entry a : changes.rows(Table.COMMISSIONING_AREAS)) {
            Directorate directorate = byName.get(a.get("directorate"));
            if (directorate == null) {
                throw new IllegalStateException("The area " + a.key() + " passed the checks without a known directorate");
            }
            CommissioningArea area = areasByKey.computeIfAbsent(a.key(),
                    k -> new CommissioningArea(a.get("name"), directorate, null));
            area.setDirectorate(directorate);
            area.setAdCommissioningId(ids.person(a.get("ad commissioning")));
            area.setAdDeliveryIds(Cells.list(a.get("ad delivery")).stream().map(ids::person)
                    .collect(Collectors.toSet()));
            areas.save(area);
        }
        ids.useDirectorates(byName);
        ids.useAreas(areasByKey.values());
    }

    private void outcomes(ChangeSet changes, ImportIds ids) {
        Map<String, Outcome> byCode = new HashMap<>();
        outcomes.findAll().forEach(o -> byCode.put(o.getCode(), o));
        var rows = changes.rows(Table.OUTCOMES);
        for (FrameworkTables.Entry o : rows) {
            Outcome outcome = byCode.computeIfAbsent(o.key(), code -> outcomes.save(new Outcome(code, o.get("title"),
                    OutcomeLevel.STRATEGIC_OUTCOME, null)));
            outcome.setTitle(o.get("title"));
            outcome.setLevel(Cells.requiredLabel(OutcomeLevel.class, o.get("level")));
        }
        for (FrameworkTables.Entry o : rows) {
            Outcome outcome = byCode.get(o.key());
            if (outcome == null) {
                throw new IllegalStateException("Outcome " + o.key() + " was not saved before its parent was set");
            }
            outcome.setParent(o.get("parent").isEmpty() ? null : byCode.get(o.get("parent")));
        }
        ids.useOutcomes(byCode);
    }

    private @Nullable Long framework(ChangeSet changes) {
        var row = changes.file().rows(Table.FRAMEWORK).stream().findFirst();
        if (row.isEmpty()) {
            return null;
        }
        var f = row.get();
        Council council = councils.findById(Council.THE_COUNCIL).orElseGet(() -> new Council(f.get("council"), null));
        council.setName(f.get("council"));
        council.setVision(Cells.text(f.get("vision")));
        councils.save(council);
        if (f.get("version").isEmpty()) {
            return null;
        }
        FrameworkVersion version = versions.findAll().stream().filter(v -> v.getName().equals(f.get("version")))
                .findFirst().orElseGet(() -> versions.save(newVersion(f)));
        version.setMeasureCounts(count(f.get("existing measures"), version.getExistingMeasureCount()),
                count(f.get("new measures"), version.getNewMeasureCount()));
        return version.getId();
    }

    /** The count given in the file, else the one the version already has (a blank cell keeps it). */
    private static @Nullable Integer count(String text, @Nullable Integer kept) {
        return text.isEmpty() ? kept : Integer.valueOf(text);
    }

    private FrameworkVersion newVersion(FrameworkTables.Entry f) {
        String first = f.get("first reported");
        var cutOver = Cells.date(f.get("cut-over date"));
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return new FrameworkVersion(f.get("version"), cutOver == null ? java.time.LocalDate.now(clock) : cutOver,
                first.isEmpty() ? null : Cells.year(first.substring(3)), first.isEmpty() ? null : Cells.quarter(
                        first.substring(0, 2)), Cells.text(f.get("source")), LocalDateTime.now(clock),
                auth == null ? "system" : auth.getName());
    }

    /**
     * Past values added by an import are audited once per measure (how many, and the periods from and to), not once
     * per value: a council's history is tens of thousands of values. A changed past value is audited on its own.
     */
    private static void auditValuesAdded(List<ImportChange> changes, List<AuditLog.Change> trail) {
        Map<String, List<String>> periodsByMeasure = new TreeMap<>();
        changes.stream().filter(FrameworkApplier::isValueAdded).forEach(c -> {
            int comma = c.key().indexOf(", ");
            periodsByMeasure.computeIfAbsent(comma < 0 ? c.key() : c.key().substring(0, comma), m -> new ArrayList<>())
                    .add(comma < 0 ? "" : c.key().substring(comma + 2));
        });
        periodsByMeasure.forEach((measure, periods) -> {
            Collections.sort(periods);
            String range = periods.size() == 1 ? periods.getFirst() : periods.getFirst() + " to " + periods.getLast();
            trail.add(new AuditLog.Change("Values " + measure, null, periods.size()
                    + (periods.size() == 1 ? " past value" : " past values") + " added by import: " + range, null));
        });
    }

    private static boolean isValueAdded(ImportChange change) {
        return change.kind() == ImportChange.Kind.ADD && Table.named(change.table()).orElse(null) == Table.VALUES;
    }

    private static void audit(ImportChange change, List<AuditLog.Change> trail) {
        Table table = Table.named(change.table()).orElseThrow();
        String subject = table == Table.FRAMEWORK ? table.singular() : table.singular() + " " + change.key();
        if (change.kind() == ImportChange.Kind.ADD) {
            trail.add(new AuditLog.Change(subject, null, "added by import", null));
            return;
        }
        for (ImportChange.Field field : change.fields()) {
            trail.add(new AuditLog.Change(subject + " " + field.name(), field.oldValue(), field.newValue(),
                    change.kind() == ImportChange.Kind.RETIRE ? "not in the imported file" : null));
        }
    }
}
