package uk.co.goldenthread.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.co.goldenthread.TestTimetable;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.packs.render.PackCsv;
import uk.co.goldenthread.packs.render.PackHtml;
import uk.co.goldenthread.packs.render.PackPdf;
import uk.co.goldenthread.packs.render.PackReport;
import uk.co.goldenthread.packs.render.PackXlsx;
import uk.co.goldenthread.packs.snapshot.CanonicalJson;
import uk.co.goldenthread.packs.snapshot.PackSnapshot;
import uk.co.goldenthread.packs.snapshot.SnapshotAssembler;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterSummary;

/**
 * Compiling the pack end to end for a council ten times Warwickshire's size (150 areas, 2,630 measure lines, an
 * intention per area, three comparators per measure, remedial actions on a quarter of the lines) with eight signed-off
 * quarters of history before each compiled quarter: {@code PackService.compile} (read the returns, lines and eight
 * periods, commentary, actions, comparators, intentions, data-quality findings; hash; render every format; store the
 * files; commit), each repeat on a quarter of its own, with its statements (SHOW GLOBAL STATUS Questions); beside it the
 * read alone (returns and snapshot, no render, no store), and each format rendered from the compiled snapshot as stored.
 * The quarters are opened by the application and their returns then marked signed off, with values and commentary,
 * straight in the tables: setting up is not what is measured. Run: {@code ./mvnw -Pbenchmark -DskipTests verify}
 * (execution pack-compile-benchmark; see README, Benchmarks). Writes target/benchmarks/pack-compile.json.
 */
public final class PackCompileBenchmark {

    /** The council's size and the first financial year of its eight quarters of history. */
    record Size(int areas, int kbms, int kbis, int firstYear) {

        static final Size TEN_WARWICKSHIRES = new Size(150, 630, 2000, 2054);
    }

    private static final int HISTORY = 8;

    private PackCompileBenchmark() {
    }

    public static void main(String[] args) {
        var options = new BenchmarkRun.Options(Integer.getInteger("benchmark.pack.repeats", 3),
                Integer.getInteger("benchmark.pack.warmups", 1),
                Boolean.parseBoolean(System.getProperty("benchmark.durable", "true")));
        try (BenchmarkRun run = BenchmarkRun.start("pack-compile", options)) {
            run(run, Size.TEN_WARWICKSHIRES, Boolean.parseBoolean(System.getProperty("benchmark.pdf", "true")));
            run.writeJson();
        }
        System.exit(0);
    }

    /** The benchmark on a started run; the smoke test in verify calls it with a tiny council. */
    static void run(BenchmarkRun run, Size size, boolean pdf) {
        int compiles = run.options().warmUps() + run.options().repeats();
        int quarters = HISTORY + compiles;
        BenchmarkCouncil.create(run.jdbc, size.areas(), size.kbms(), size.kbis(), size.firstYear(),
                size.firstYear() + quarters / 4 + 1);
        intentions(run, size.areas());
        comparators(run);
        BenchmarkRun.signIn("bench.pt", "PERFORMANCE_TEAM");
        var quarterService = run.context.getBean(QuarterService.class);
        List<QuarterSummary> opened = new ArrayList<>();
        long setUp = System.nanoTime();
        for (int i = 0; i < quarters; i++) {
            BenchmarkRun.signIn("bench.pt", "PERFORMANCE_TEAM");
            QuarterSummary quarter = quarterService.open(TestTimetable.of(size.firstYear() + i / 4, i % 4 + 1));
            signedOff(run, quarter.id(), i);
            opened.add(quarter);
        }
        run.print("Set up: %d quarters of %d returns and %d lines each, opened and signed off, in %.0f s%n", quarters,
                size.areas(), size.kbms() + size.kbis(), (System.nanoTime() - setUp) / 1e9);

        var packs = run.context.getBean(PackService.class);
        var assembler = run.context.getBean(SnapshotAssembler.class);
        var readOnly = new TransactionTemplate(run.context.getBean(PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
        int[] next = {HISTORY};
        int[] read = {HISTORY};
        run.print("Compiling a quarter's pack with %d quarters of history before it, each repeat on a quarter of its "
                + "own%n", HISTORY);
        var reading = run.repeat("read: returns + snapshot (no render, no store)", () -> {
            BenchmarkRun.signIn("bench.pt", "PERFORMANCE_TEAM");
            QuarterSummary quarter = opened.get(read[0]++);
            PackSnapshot snapshot = readOnly.execute(status -> assembler.assemble(quarter,
                    quarterService.returnDetailsOf(quarter.id()), 1, java.time.LocalDateTime.now(), "Performance Team",
                    null));
            if (snapshot == null || snapshot.measures().size() != size.kbms() + size.kbis()) {
                throw new IllegalStateException("The snapshot does not hold every line");
            }
        });
        List<Long> packIds = new ArrayList<>();
        var compile = run.repeat("compile (PackService.compile, every format, with commit)", () -> {
            BenchmarkRun.signIn("bench.pt", "PERFORMANCE_TEAM");
            PackSummary pack = packs.compile(opened.get(next[0]++).id());
            packIds.add(pack.id());
        });
        run.note("lines per pack", size.kbms() + size.kbis());
        run.note("compile median / read median", compile.median() / reading.median());

        PackSnapshot snapshot = stored(run, packIds.getLast());
        String canonical = CanonicalJson.of(snapshot);
        String sha = CanonicalJson.sha256(canonical);
        run.note("stored snapshot verifies against its hash", sha.equals(run.jdbc.queryForObject(
                "SELECT sha256 FROM pack WHERE id = ?", String.class, packIds.getLast())));
        run.print("Each format rendered from the last compiled version's stored snapshot%n");
        String[] html = new String[1];
        render(run, "render json (canonical + SHA-256)", () -> CanonicalJson.sha256(CanonicalJson.of(snapshot)));
        render(run, "render html", () -> html[0] = run.context.getBean(PackHtml.class)
                .render(new PackReport(snapshot, sha)));
        render(run, "render csv", () -> run.context.getBean(PackCsv.class).render(snapshot, sha));
        render(run, "render xlsx", () -> run.context.getBean(PackXlsx.class).render(snapshot, sha));
        if (pdf) {
            render(run, "render pdf", () -> run.context.getBean(PackPdf.class).render(html[0], sha));
        }
        run.jdbc.query("SELECT file_name, LENGTH(content) FROM pack_file WHERE pack_id = ? ORDER BY file_name",
                row -> {
                    run.note("stored bytes: " + row.getString(1), row.getLong(2));
                }, packIds.getLast());
    }

    private static void render(BenchmarkRun run, String label, Supplier<?> work) {
        run.repeat(label, () -> work.get());
    }

    /** The snapshot a version was compiled from, as its stored pack.json holds it. */
    private static PackSnapshot stored(BenchmarkRun run, long packId) {
        byte[] json = run.jdbc.queryForObject("SELECT content FROM pack_file WHERE pack_id = ? AND file_name = "
                + "'pack.json'", byte[].class, packId);
        return CanonicalJson.mapper().treeToValue(CanonicalJson.mapper().readTree(json).get("snapshot"),
                PackSnapshot.class);
    }

    /** One service intention per area, with two milestones: each return reports progress on one. */
    private static void intentions(BenchmarkRun run, int areas) {
        run.jdbc.update("INSERT INTO intention (code, title, kind, area_id) SELECT CONCAT('BINT-', id), "
                + "CONCAT('Benchmark intention of ', name), 'SERVICE', id FROM commissioning_area "
                + "WHERE name LIKE 'Benchmark area %'");
        for (String milestone : List.of("Plan agreed", "Service launched")) {
            run.jdbc.update("INSERT INTO milestone (intention_id, title, due) SELECT id, ?, '2057-03-31' FROM intention "
                    + "WHERE code LIKE 'BINT-%'", milestone);
        }
    }

    /** England, region and statistical neighbours for every measure. */
    private static void comparators(BenchmarkRun run) {
        for (String kind : List.of("ENGLAND", "REGION", "STATISTICAL_NEIGHBOURS")) {
            run.jdbc.update("INSERT INTO comparator (measure_id, kind, period, comparator_value) SELECT id, ?, "
                    + "'2055/56', 45 + MOD(id, 10) FROM measure WHERE code LIKE 'B%'", kind);
        }
    }

    /**
     * The quarter's returns as their route leaves them: every line with a value (about a third below target, with a
     * remedial action on every fourth), both ADs' commentary, progress on the intention; returns, quarter signed off.
     */
    private static void signedOff(BenchmarkRun run, long quarterId, int index) {
        run.jdbc.update("UPDATE return_line l JOIN quarterly_return r ON r.id = l.return_id SET l.reported_value = "
                + "40 + MOD(l.measure_id * 7 + ? * 13, 30), l.commentary = CONCAT('Delivery commentary on line ', l.id, "
                + "': what the figures say and why.'), l.commissioning_commentary = CONCAT('Commissioning commentary on "
                + "line ', l.id) WHERE r.quarter_id = ?", index, quarterId);
        run.jdbc.update("INSERT INTO remedial_action (line_id, action, owner, due, sort_order) SELECT l.id, "
                + "'Recovery plan agreed with the provider', 'Service manager', '2057-03-31', 0 FROM return_line l "
                + "JOIN quarterly_return r ON r.id = l.return_id WHERE r.quarter_id = ? AND MOD(l.measure_id, 4) = 2",
                quarterId);
        run.jdbc.update("UPDATE intention_progress p JOIN quarterly_return r ON r.id = p.return_id SET "
                + "p.status = 'ON_TRACK', p.commentary = 'On track' WHERE r.quarter_id = ?", quarterId);
        run.jdbc.update("UPDATE quarterly_return r JOIN quarter q ON q.id = r.quarter_id SET r.status = 'SIGNED_OFF', "
                + "r.submitted_by = 'bench', r.submitted_at = q.submission_due WHERE r.quarter_id = ?", quarterId);
        run.jdbc.update("UPDATE quarter SET status = 'SIGNED_OFF' WHERE id = ?", quarterId);
    }
}
