package uk.co.goldenthread.framework.io;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.Labelled;
import uk.co.goldenthread.framework.structure.domain.CommissioningArea;
import uk.co.goldenthread.framework.structure.domain.CommissioningAreaRepository;
import uk.co.goldenthread.framework.measures.domain.ComparatorRepository;
import uk.co.goldenthread.framework.structure.domain.Council;
import uk.co.goldenthread.framework.structure.domain.CouncilRepository;
import uk.co.goldenthread.framework.structure.domain.Directorate;
import uk.co.goldenthread.framework.structure.domain.DirectorateRepository;
import uk.co.goldenthread.framework.versions.domain.FrameworkVersion;
import uk.co.goldenthread.framework.versions.domain.FrameworkVersionRepository;
import uk.co.goldenthread.framework.intentions.domain.Intention;
import uk.co.goldenthread.framework.intentions.domain.IntentionRepository;
import uk.co.goldenthread.framework.measures.domain.Measure;
import uk.co.goldenthread.framework.measures.domain.MeasureRepository;
import uk.co.goldenthread.framework.measures.domain.MeasureTargetRepository;
import uk.co.goldenthread.framework.structure.domain.Outcome;
import uk.co.goldenthread.framework.structure.domain.OutcomeRepository;
import uk.co.goldenthread.framework.measures.domain.MeasureValueRepository;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.Role;

/** The framework in the database as tables in the import format's canonical text: what an export writes. */
@Component
@Transactional(readOnly = true)
public class DatabaseTables {

    private final CouncilRepository councils;
    private final FrameworkVersionRepository versions;
    private final DirectorateRepository directorates;
    private final CommissioningAreaRepository areas;
    private final OutcomeRepository outcomes;
    private final MeasureRepository measures;
    private final MeasureTargetRepository targets;
    private final IntentionRepository intentions;
    private final ComparatorRepository comparators;
    private final PeopleService people;
    private final MeasureValueRepository values;

    DatabaseTables(CouncilRepository councils, FrameworkVersionRepository versions, DirectorateRepository directorates,
            CommissioningAreaRepository areas, OutcomeRepository outcomes, MeasureRepository measures,
            MeasureTargetRepository targets, IntentionRepository intentions, ComparatorRepository comparators,
            PeopleService people, MeasureValueRepository values) {
        this.values = values;
        this.councils = councils;
        this.versions = versions;
        this.directorates = directorates;
        this.areas = areas;
        this.outcomes = outcomes;
        this.measures = measures;
        this.targets = targets;
        this.intentions = intentions;
        this.comparators = comparators;
        this.people = people;
    }

    /** Every table, rendered from the database. */
    public FrameworkTables render() {
        var tables = new FrameworkTables();
        Arrays.stream(Table.values()).forEach(tables::declare);
        Map<Long, String> usernames = new HashMap<>();
        for (PersonSummary p : people.everyone()) {
            usernames.put(p.id(), p.username());
            tables.add(Table.PEOPLE, row("username", p.username(), "full name", p.fullName(), "job title", p.jobTitle(),
                    "email", p.email(), "roles", Arrays.stream(Role.values()).filter(p.roles()::contains)
                            .map(Role::label).collect(Collectors.joining("; ")), "left on", p.leftOn()), 0);
        }
        framework(tables);
        for (Directorate d : directorates.findAll()) {
            tables.add(Table.DIRECTORATES, row("name", d.getName(), "strategic director",
                    usernames.get(d.getStrategicDirectorId())), 0);
        }
        for (CommissioningArea a : areas.findAll()) {
            tables.add(Table.COMMISSIONING_AREAS, row("name", a.getName(), "directorate", a.getDirectorate().getName(),
                    "ad commissioning", usernames.get(a.getAdCommissioningId()), "ad delivery",
                    list(a.getAdDeliveryIds(), usernames)), 0);
        }
        for (Outcome o : outcomes.findAll()) {
            tables.add(Table.OUTCOMES, row("code", o.getCode(), "title", o.getTitle(), "parent",
                    o.getParent() == null ? null : o.getParent().getCode(), "level", o.getLevel()), 0);
        }
        Map<Long, String> codes = new HashMap<>();
        for (Measure m : measures.findAll()) {
            codes.put(m.getId(), m.getCode());
            tables.add(Table.MEASURES, MeasureRow.of(m, usernames), 0);
        }
        targets.findAll().forEach(t -> tables.add(Table.TARGETS, row("measure", codes.get(t.getMeasureId()),
                "financial year", FinancialQuarter.yearLabel(t.getFinancialYear()), "quarter",
                t.getQuarter() == null ? null : "Q" + t.getQuarter(), "target", t.getValue()), 0));
        for (Intention i : intentions.findAll()) {
            tables.add(Table.INTENTIONS, row("code", i.getCode(), "title", i.getTitle(), "kind", i.getKind(),
                    "commissioning area", i.getArea() == null ? null : i.getArea().getName(), "outcome",
                    i.getOutcome() == null ? null : i.getOutcome().getCode(), "owner",
                    i.isAllAds() ? RowFormats.ALL_ADS : usernames.get(i.getOwnerId()), "measures",
                    list(i.getMeasureIds(), codes)), 0);
            i.getMilestones().forEach(m -> tables.add(Table.MILESTONES, row("intention", i.getCode(), "milestone",
                    m.getTitle(), "due", m.getDue()), 0));
        }
        comparators.findAll().forEach(c -> tables.add(Table.COMPARATORS, row("measure", codes.get(c.getMeasureId()),
                "comparator", c.getKind(), "period", c.getPeriod(), "value", c.getValue()), 0));
        tables.declare(Table.VALUES);
        values.findAll().forEach(v -> tables.add(Table.VALUES, row("measure", codes.get(v.getMeasureId()), "period",
                v.period(), "value", v.getValue(), "data as at", v.getDataAsAt(), "provisional",
                v.isProvisional() ? "yes" : null, "source", v.getSource(), "count", v.getCount()), 0));
        return tables;
    }

    private void framework(FrameworkTables tables) {
        var council = councils.findById(Council.THE_COUNCIL);
        var version = versions.findFirstByOrderByCutOverDateDescIdDesc();
        if (council.isEmpty() && version.isEmpty()) {
            return;
        }
        tables.add(Table.FRAMEWORK, row("council", council.map(Council::getName).orElse(null),
                "vision", council.map(Council::getVision).orElse(null),
                "version", version.map(v -> v.getName()).orElse(null),
                "cut-over date", version.map(v -> v.getCutOverDate()).orElse(null),
                "first reported", version.map(DatabaseTables::firstReported).orElse(null),
                "source", version.map(v -> v.getSource()).orElse(null),
                "existing measures", version.map(v -> v.getExistingMeasureCount()).orElse(null),
                "new measures", version.map(v -> v.getNewMeasureCount()).orElse(null)), 0);
    }

    /** A row from column/value pairs, each value as canonical text (labels, plain numbers, ISO dates, blank for null). */
    static Map<String, String> row(@Nullable Object... columnsAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put(String.valueOf(columnsAndValues[i]), text(columnsAndValues[i + 1]));
        }
        return row;
    }

    static String text(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case Labelled l -> l.label();
            case uk.co.goldenthread.performance.Polarity p -> p.label();
            case BigDecimal d -> RowReader.canonical(d);
            default -> value.toString().strip();
        };
    }

    private static String list(Set<Long> ids, Map<Long, String> names) {
        return ids.stream().map(names::get).filter(Objects::nonNull).sorted().collect(Collectors.joining("; "));
    }

    private static @Nullable String firstReported(FrameworkVersion v) {
        Integer year = v.getFirstReportedYear();
        Integer quarter = v.getFirstReportedQuarter();
        return year == null || quarter == null ? null : new FinancialQuarter(year, quarter).label();
    }
}
