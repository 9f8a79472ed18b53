package uk.co.goldenthread.framework.io;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.database.BatchedInserts;
import uk.co.goldenthread.framework.ComparatorKind;
import uk.co.goldenthread.framework.Frequency;
import uk.co.goldenthread.framework.ImprovementCategory;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureStatus;
import uk.co.goldenthread.framework.MeasureUnit;
import uk.co.goldenthread.framework.Novelty;
import uk.co.goldenthread.framework.ObaQuestion;
import uk.co.goldenthread.framework.ScorecardBlock;
import uk.co.goldenthread.framework.measures.domain.Comparator;
import uk.co.goldenthread.framework.measures.domain.ComparatorRepository;
import uk.co.goldenthread.framework.measures.domain.Measure;
import uk.co.goldenthread.framework.measures.domain.MeasureRepository;
import uk.co.goldenthread.framework.measures.domain.MeasureTarget;
import uk.co.goldenthread.framework.measures.domain.MeasureTargetRepository;
import uk.co.goldenthread.framework.measures.domain.MeasureValue;
import uk.co.goldenthread.framework.measures.domain.MeasureValueRepository;

/** Writes measures, their targets and comparators, and retires measures, within the import's transaction. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class MeasureApplier {

    /**
     * New measures sent to the database in one JDBC batch, and let go from the persistence context once sent (their
     * ids come from a sequence that allocates as many at a time): the default batch of 50 made 10,000 measures 400
     * statements, and every flush checked every measure saved before.
     */
    static final int MEASURES_PER_BATCH = 1000;
    /** Past values saved at a time, between two reports of progress. */
    private static final int VALUES_PER_STEP = 250;
    /**
     * Past values sent to the database in one JDBC batch (the ids come from a sequence that allocates as many at a
     * time): a council's history is tens of thousands of values, and the default batch of 50 made it 4,000 statements.
     */
    static final int VALUES_PER_BATCH = 1000;
    /**
     * Past values flushed at a time: every flush also checks every other entity the import holds (thousands of
     * measures), so flushing each batch cost more than the inserts.
     */
    private static final int VALUES_PER_FLUSH = 10_000;

    private final MeasureRepository measures;
    private final MeasureTargetRepository targets;
    private final ComparatorRepository comparators;

    private final MeasureValueRepository values;
    private final EntityManager entityManager;

    MeasureApplier(MeasureRepository measures, MeasureTargetRepository targets, ComparatorRepository comparators,
            MeasureValueRepository values, EntityManager entityManager) {
        this.values = values;
        this.entityManager = entityManager;
        this.measures = measures;
        this.targets = targets;
        this.comparators = comparators;
    }

    void apply(ChangeSet changes, ImportIds ids, @Nullable Long versionId, ProgressListener progress) {
        // only the measures the file changes or retires are loaded; the others are known by code and id alone
        Set<String> changed = changes.keys(Table.MEASURES, Set.of(ImportChange.Kind.CHANGE, ImportChange.Kind.RETIRE));
        Map<String, Measure> byCode = new HashMap<>();
        List<String> codes = List.copyOf(changed);
        for (int from = 0; from < codes.size(); from += MEASURES_PER_BATCH) {
            measures.findByCodeIn(codes.subList(from, Math.min(codes.size(), from + MEASURES_PER_BATCH)))
                    .forEach(m -> byCode.put(m.getCode(), m));
        }
        Map<String, Long> idsByCode = new HashMap<>();
        for (Object[] codeAndId : measures.findCodesAndIds()) {
            idsByCode.put((String) codeAndId[0], (Long) codeAndId[1]);
        }
        List<FrameworkTables.Entry> rows = changes.rows(Table.MEASURES);
        // a framework's new measures are sent a batch at a time and let go once sent, so that the import's later
        // flushes need not check them again
        try (var batches = new BatchedInserts(entityManager, MEASURES_PER_BATCH, MEASURES_PER_BATCH)) {
            for (int i = 0; i < rows.size(); i++) {
                FrameworkTables.Entry row = rows.get(i);
                Measure measure = byCode.get(row.key());
                if (measure == null) {
                    measure = new Measure(row.key(), MeasureKind.KBM, row.get("title"));
                    measure.setIntroducedInVersionId(versionId);
                    write(measure, row, ids);
                    batches.persist(measure);
                    idsByCode.put(row.key(), measure.getId());
                } else {
                    write(measure, row, ids);
                }
                if (i % 500 == 0) {
                    progress.progress(0.7 + 0.2 * i / rows.size(), "Saving measures (" + i + " of " + rows.size()
                            + ")");
                }
            }
            batches.send();
        }
        for (String code : changes.keys(Table.MEASURES, Set.of(ImportChange.Kind.RETIRE))) {
            Measure retired = byCode.get(code);
            if (retired == null) {
                throw new IllegalStateException("The measure " + code + " to retire is not in Golden Thread");
            }
            retired.setStatus(MeasureStatus.RETIRED);
            retired.setRetiredInVersionId(versionId);
        }
        ids.useMeasureIds(idsByCode);
        targetsAndComparators(changes, ids, idsByCode);
        pastValues(changes, ids, idsByCode, progress);
    }

    private static void write(Measure m, FrameworkTables.Entry row, ImportIds ids) {
        m.setKind(Cells.requiredLabel(MeasureKind.class, row.get("type")));
        m.setTitle(row.get("title"));
        m.setDefinition(Cells.text(row.get("definition")));
        m.setArea(ids.area(row.get("directorate"), row.get("commissioning area")));
        m.setDirectorate(ids.directorate(row.get("directorate")));
        m.setOutcome(ids.outcome(row.get("outcome")));
        m.setOwnerId(ids.person(row.get("owner")));
        m.setAllAds(row.get("owner").equals(RowFormats.ALL_ADS));
        m.setUnit(Cells.requiredLabel(MeasureUnit.class, row.get("unit")));
        m.setDecimalPlaces(Integer.parseInt(row.get("decimal places")));
        m.setPolarity(Cells.polarity(row.get("polarity")));
        m.setBand(Cells.number(row.get("band lower")), Cells.number(row.get("band upper")));
        m.setTolerance(Cells.number(row.get("tolerance")));
        m.setFrequency(Cells.requiredLabel(Frequency.class, row.get("frequency")));
        m.setDataSource(Cells.text(row.get("data source")));
        m.setBaseline(Cells.number(row.get("baseline value")), Cells.text(row.get("baseline period")));
        m.setProxy(!row.get("proxy").isEmpty(), Cells.text(row.get("proxy rationale")));
        m.setStatus(Cells.requiredLabel(MeasureStatus.class, row.get("status")));
        m.setNovelty(Cells.label(Novelty.class, row.get("new or carried over")));
        m.setOba(Cells.label(ObaQuestion.class, row.get("oba")));
        m.setScorecardBlock(Cells.label(ScorecardBlock.class, row.get("scorecard block")));
        m.setImprovementCategory(Cells.label(ImprovementCategory.class, row.get("improvement category")));
        m.setImprovementLeadId(ids.person(row.get("improvement lead")));
        m.setNotes(Cells.text(row.get("notes")));
        String stable = row.get("stable within");
        boolean percent = stable.endsWith("%");
        m.setStableWithin(Cells.number(percent ? stable.substring(0, stable.length() - 1) : stable), percent);
        m.setMinimumCount(Cells.number(row.get("minimum count")));
        m.setSpcFixedUntil(Cells.text(row.get("spc fixed until")));
        m.setSpcChangePoints(Cells.text(row.get("spc change points")));
    }

    /** Targets and comparators have no setters for their value: a changed one is replaced (deleted first, then added). */
    private void targetsAndComparators(ChangeSet changes, ImportIds ids, Map<String, Long> idsByCode) {
        Set<String> changedTargets = changes.keys(Table.TARGETS, Set.of(ImportChange.Kind.CHANGE));
        Set<String> changedComparators = changes.keys(Table.COMPARATORS, Set.of(ImportChange.Kind.CHANGE));
        if (!changedTargets.isEmpty() || !changedComparators.isEmpty()) {
            Map<Long, String> codes = codesById(idsByCode);
            targets.deleteAll(targets.findAll().stream().filter(t -> changedTargets.contains(FrameworkTables.key(
                    Table.TARGETS, DatabaseTables.row("measure", codes.get(t.getMeasureId()), "financial year",
                            uk.co.goldenthread.base.FinancialQuarter.yearLabel(t.getFinancialYear()), "quarter",
                            t.getQuarter() == null ? null : "Q" + t.getQuarter())))).toList());
            comparators.deleteAll(comparators.findAll().stream().filter(c -> changedComparators.contains(
                    FrameworkTables.key(Table.COMPARATORS, DatabaseTables.row("measure", codes.get(c.getMeasureId()),
                            "comparator", c.getKind(), "period", c.getPeriod())))).toList());
            measures.flush();
        }
        targets.saveAll(changes.rows(Table.TARGETS).stream().map(t -> new MeasureTarget(ids.measureId(t.get("measure")),
                Cells.year(t.get("financial year")), Cells.quarter(t.get("quarter")),
                Cells.requiredNumber(t.get("target")))).toList());
        comparators.saveAll(changes.rows(Table.COMPARATORS).stream().map(c -> new Comparator(ids.measureId(
                c.get("measure")), Cells.requiredLabel(ComparatorKind.class, c.get("comparator")), c.get("period"),
                Cells.requiredNumber(c.get("value")))).toList());
    }

    /** Past values are replaced like comparators: a changed one is deleted, then written again with the file's. */
    private void pastValues(ChangeSet changes, ImportIds ids, Map<String, Long> idsByCode, ProgressListener progress) {
        Set<String> changed = changes.keys(Table.VALUES, Set.of(ImportChange.Kind.CHANGE));
        if (!changed.isEmpty()) {
            Map<Long, String> codes = codesById(idsByCode);
            values.deleteAll(values.findAll().stream().filter(v -> changed.contains(FrameworkTables.key(Table.VALUES,
                    DatabaseTables.row("measure", codes.get(v.getMeasureId()), "period", v.period())))).toList());
            values.flush();
        }
        List<FrameworkTables.Entry> rows = changes.rows(Table.VALUES);
        if (rows.isEmpty()) {
            return;
        }
        // years of history are tens of thousands of values: saved in steps, each saying how far the import has got,
        // sent in large batches, and let go once sent so that later flushes of the import need not check them again
        try (var batches = new BatchedInserts(entityManager, VALUES_PER_BATCH, VALUES_PER_FLUSH)) {
            for (int from = 0; from < rows.size(); from += VALUES_PER_STEP) {
                progress.progress(0.9 + 0.05 * from / rows.size(), "Saving past values (" + from + " of "
                        + rows.size() + ")");
                rows.subList(from, Math.min(rows.size(), from + VALUES_PER_STEP)).forEach(v -> {
                    String period = v.get("period");
                    int year = Integer.parseInt(period.substring(0, 4));
                    Integer quarter = period.length() > 7 ? Integer.valueOf(period.substring(period.length() - 1))
                            : null;
                    batches.persist(new MeasureValue(ids.measureId(v.get("measure")), year, quarter,
                            Cells.requiredNumber(v.get("value")), Cells.text(v.get("data as at")),
                            "yes".equals(v.get("provisional")), Cells.text(v.get("source")),
                            Cells.number(v.get("count"))));
                });
            }
            batches.send();
        }
    }

    private static Map<Long, String> codesById(Map<String, Long> idsByCode) {
        Map<Long, String> codes = new HashMap<>();
        idsByCode.forEach((code, id) -> codes.put(id, code));
        return codes;
    }
}
