package uk.co.goldenthread.framework.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.framework.MeasureStatus;

/**
 * Import and export of the performance framework in the format of {@code frameworks/FORMAT.md}: a preview says what a
 * file would add, change and retire, or every problem that stops it; applying re-reads and re-checks the file and
 * writes all of it in one transaction, or nothing.
 */
@NamedInterface("io")
@Service
@Transactional
public class FrameworkImportService {

    /** The frameworks shipped with Golden Thread, as folders under {@code frameworks/} on the classpath. */
    public static final List<String> SHIPPED = List.of("warwickshire-2019", "essex-2014-18", "kent-2015-19",
            "hampshire-2010-11");

    private final DatabaseTables database;
    private final FrameworkApplier applier;
    private final OpenReturns openReturns;
    private final WorkbookReader reader;
    private final java.time.Clock clock;
    private final uk.co.goldenthread.framework.MeasureRouting routing;
    private final uk.co.goldenthread.audit.AuditLog audit;
    private final NoRouteDryRun dryRun;
    private final ImportReads reads;

    FrameworkImportService(DatabaseTables database, FrameworkApplier applier, OpenReturns openReturns,
            @Value("${goldenthread.import.max-bytes:52428800}") long maxBytes,
            @Value("${goldenthread.import.max-unpacked-bytes:209715200}") long maxUnpackedBytes,
            @Value("${goldenthread.import.max-cells:2000000}") long maxCells,
            @Value("${goldenthread.import.max-read-time:60s}") java.time.Duration maxReadTime, java.time.Clock clock,
            uk.co.goldenthread.framework.MeasureRouting routing, uk.co.goldenthread.audit.AuditLog audit,
            NoRouteDryRun dryRun, ImportReads reads) {
        this.dryRun = dryRun;
        this.reads = reads;
        this.routing = routing;
        this.audit = audit;
        this.clock = clock;
        this.database = database;
        this.applier = applier;
        this.openReturns = openReturns;
        this.reader = new WorkbookReader(new ImportLimits(maxBytes, maxUnpackedBytes, maxCells, maxReadTime));
    }

    /** What one uploaded file would change, or its problems; changes nothing. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public ImportPreview preview(String fileName, InputStream content, ImportOptions options, ProgressListener progress) {
        try {
            return preview(List.of(reader.receive(fileName, content)), options, progress);
        } catch (UnreadableFileException e) {
            return ImportPreview.refused(e.problems());
        }
    }

    /**
     * What the uploaded files (CSV files of several tables, or one workbook or ZIP) would change, and what they would
     * leave with no return; changes nothing (the import is tried and rolled back to find the lost routes).
     */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public ImportPreview preview(List<ImportFile> files, ImportOptions options, ProgressListener progress) {
        Checked checked = check(files, options, progress);
        if (checked.preview().hasProblems() || checked.preview().changesNothing()) {
            return checked.preview();
        }
        progress.progress(0.8, "Checking where every measure would go");
        return checked.preview().withNoRoute(dryRun.lostRoutes(checked.file(), checked.preview()));
    }

    /** Applies the files after reading and checking them again (never trusting an earlier preview): all or nothing. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public ImportResult apply(List<ImportFile> files, ImportOptions options, ProgressListener progress) {
        Checked checked = check(files, options, progress);
        if (checked.preview().hasProblems()) {
            throw new ImportRefusedException(checked.preview().problems());
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        java.util.Map<String, String> routedNowhere = reads.readOnly(() -> routing.unrouted(today));
        Long versionId = applier.apply(checked.file(), checked.preview(), progress);
        reads.letGo();
        refuseIfLeftWithNoRoute(routedNowhere, reads.readOnly(() -> routing.unrouted(today)), options);
        progress.progress(1, "Imported");
        return new ImportResult(checked.preview(), versionId);
    }

    /**
     * An import never silently leaves a measure or intention with no return: refused (rolled back, naming each) when
     * any that had a route before would have none after, unless the options give the reason, which is audited.
     */
    private void refuseIfLeftWithNoRoute(java.util.Map<String, String> before, java.util.Map<String, String> after,
            ImportOptions options) {
        List<String> lost = NoRouteDryRun.lost(before, after);
        if (lost.isEmpty()) {
            return;
        }
        if (options.reasonForNoRoute() == null) {
            throw new ImportRefusedException(List.of(ImportProblem.ofFile("After this import " + lost.size()
                    + (lost.size() == 1 ? " measure or intention would go" : " measures or intentions would go")
                    + " to no return: " + String.join("; ", lost) + ". Give each an owner or a commissioning area "
                    + "with an AD Delivery (in the file or the framework), or give the reason for importing anyway.")));
        }
        audit.record("Framework", uk.co.goldenthread.framework.structure.domain.Council.THE_COUNCIL,
                "Imported with no route for", null, String.join("; ", lost), options.reasonForNoRoute());
    }

    /** What loading a shipped framework (e.g. "warwickshire-2019") would change; changes nothing. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public ImportPreview previewShipped(String frameworkName, ProgressListener progress) {
        return preview(shipped(frameworkName), ImportOptions.DEFAULT, progress);
    }

    /** Loads a shipped framework from the classpath folder frameworks/{name}/, as an import of its CSV files. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public ImportResult loadShipped(String frameworkName, ProgressListener progress) {
        return apply(shipped(frameworkName), ImportOptions.DEFAULT, progress);
    }

    /** The same, giving the reason for loading it although some measures or intentions would go to no return. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public ImportResult loadShipped(String frameworkName, ImportOptions options, ProgressListener progress) {
        return apply(shipped(frameworkName), options, progress);
    }

    /** The whole framework as an XLSX workbook in the import format. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public byte[] exportXlsx() {
        return WorkbookWriter.xlsx(database.render(), false);
    }

    /** The whole framework as a ZIP of CSV files in the import format. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public byte[] exportCsvZip() {
        return WorkbookWriter.csvZip(database.render());
    }

    /** An empty workbook with the headings of every table and an Instructions sheet (ignored on import). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public byte[] template() {
        return WorkbookWriter.xlsx(new FrameworkTables(), true);
    }

    private record Checked(FrameworkTables file, ImportPreview preview) {
    }

    private Checked check(List<ImportFile> files, ImportOptions options, ProgressListener progress) {
        try {
            progress.progress(0.05, "Reading the file");
            var workbook = reader.read(files);
            progress.progress(0.3, "Checking the rows");
            FrameworkTables db = reads.readOnly(database::render);
            var validated = FrameworkValidator.validate(workbook, db,
                    uk.co.goldenthread.base.FinancialQuarter.containing(java.time.LocalDate.now(clock)));
            progress.progress(0.5, "Comparing with Golden Thread");
            List<ImportProblem> problems = new ArrayList<>(validated.problems());
            ImportPreview plan = ImportPlanner.plan(validated.file(), db, options, problems);
            problems.addAll(retirementsRefused(plan));
            progress.progress(0.6, problems.isEmpty() ? "Ready to import" : "Problems found");
            return new Checked(validated.file(), new ImportPreview(plan.counts(), plan.changes(), problems));
        } catch (UnreadableFileException e) {
            return new Checked(new FrameworkTables(), ImportPreview.refused(e.problems()));
        }
    }

    /** A measure that open returns use cannot be retired until those returns are signed off. */
    private List<ImportProblem> retirementsRefused(ImportPreview plan) {
        List<String> retiring = plan.changes().stream().filter(c -> c.table().equals("Measures"))
                .filter(c -> c.fields().stream().anyMatch(f -> f.name().equals("status")
                        && MeasureStatus.RETIRED.label().equals(f.newValue())))
                .map(ImportChange::key).toList();
        List<ImportProblem> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> used : openReturns.using(retiring).entrySet()) {
            problems.add(new ImportProblem("Measures", 0, "status", "Measure " + used.getKey() + " cannot be retired "
                    + "while open returns use it: " + String.join("; ", used.getValue())
                    + ". Retire it once they are signed off."));
        }
        return problems;
    }

    private static List<ImportFile> shipped(String name) {
        if (!SHIPPED.contains(name)) {
            throw new DomainException("There is no shipped framework called '" + name + "'; the shipped ones are: "
                    + String.join(", ", SHIPPED) + ".");
        }
        try {
            List<ImportFile> files = new ArrayList<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:frameworks/" + name
                    + "/*.csv")) {
                String fileName = r.getFilename();
                if (fileName == null) {
                    throw new IllegalStateException("A shipped framework file of " + name + " has no name: " + r);
                }
                try (InputStream in = r.getInputStream()) {
                    files.add(new ImportFile(fileName, in.readAllBytes()));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
