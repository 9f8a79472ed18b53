package uk.co.goldenthread.packs;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.packs.domain.Pack;
import uk.co.goldenthread.packs.domain.PackCorrection;
import uk.co.goldenthread.packs.domain.PackFile;
import uk.co.goldenthread.packs.domain.PackFileRepository;
import uk.co.goldenthread.packs.domain.PackLine;
import uk.co.goldenthread.packs.domain.PackRepository;
import uk.co.goldenthread.packs.render.PackRenderer;
import uk.co.goldenthread.packs.render.PackReport;
import uk.co.goldenthread.packs.snapshot.CanonicalJson;
import uk.co.goldenthread.packs.snapshot.PackSnapshot;
import uk.co.goldenthread.packs.snapshot.SnapshotAssembler;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.QuarterSummary;
import uk.co.goldenthread.quarters.RemedialActionEntry;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnStatus;

/** Writes a new version of a quarter's pack: its lines, its snapshot's hash and its rendered files, all at once. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PackCompiler {

    private final PackRepository packs;
    private final PackFileRepository files;
    private final SnapshotAssembler assembler;
    private final PackRenderer renderer;
    private final Clock clock;

    PackCompiler(PackRepository packs, PackFileRepository files, SnapshotAssembler assembler, PackRenderer renderer,
            Clock clock) {
        this.packs = packs;
        this.files = files;
        this.assembler = assembler;
        this.renderer = renderer;
        this.clock = clock;
    }

    Pack compile(QuarterSummary quarter, List<ReturnDetails> returns, String username, @Nullable String correctionNote) {
        int version = packs.findFirstByQuarterIdOrderByVersionNumberDesc(quarter.id())
                .map(p -> p.toSummary().version() + 1).orElse(1);
        LocalDateTime now = LocalDateTime.now(clock);
        PackSnapshot snapshot = assembler.assemble(quarter, returns, version, now, "Performance Team", correctionNote);
        // the snapshot holds one measure per line, in the same order: the lines keep what it says of rating and chart
        List<PackLine> lines = new ArrayList<>();
        List<MissingReturn> missing = new ArrayList<>();
        for (ReturnDetails ret : returns) {
            if (ret.status() == ReturnStatus.MISSING) {
                missing.add(new MissingReturn(ret.directorateName(), ret.areaName(), ret.adDeliveryName()));
            } else {
                ret.lines().forEach(line -> lines.add(new PackLine(lines.size(), lineView(ret, line,
                        snapshot.measures().get(lines.size())), line.value(),
                        line.measure().decimalPlaces())));
            }
        }
        return store(snapshot, sha256 -> new Pack(quarter.id(), quarter.period(), version, snapshot.title(), now,
                username, lines, missing, sha256, quarter.cabinetDate(), correctionNote));
    }

    /**
     * Saves the version made for the snapshot's hash, then renders the snapshot into its files once and stores them;
     * a version number taken a moment ago by someone else is refused whole.
     */
    private Pack store(PackSnapshot snapshot, java.util.function.Function<String, Pack> version) {
        String canonical = CanonicalJson.of(snapshot);
        String sha256 = CanonicalJson.sha256(canonical);
        Pack pack;
        try {
            pack = packs.saveAndFlush(version.apply(sha256));
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            throw new ConflictException("Version " + snapshot.version() + " of the " + snapshot.quarter() + " pack "
                    + "was compiled by someone else a moment ago: nothing was changed. Refresh to see it.");
        }
        renderer.render(snapshot, canonical, sha256).forEach(f -> files.save(new PackFile(pack.getId(), f.name(),
                f.mediaType(), f.content(), CanonicalJson.sha256(f.content()))));
        return pack;
    }

    /**
     * The next version of a published pack made from its own snapshot with one commentary corrected: nothing live is
     * read, so only the corrected words differ (and the version, date, note and hash).
     */
    Pack correctCommentary(Pack published, PackCorrection c, String username) {
        PackSnapshot earlier = snapshotOf(published);
        int version = packs.findFirstByQuarterIdOrderByVersionNumberDesc(published.getQuarterId())
                .map(p -> p.toSummary().version() + 1).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        boolean delivery = c.getCommentary() == CommentaryCorrection.Commentary.DELIVERY;
        List<PackSnapshot.Measure> measures = earlier.measures().stream().map(m -> !corrects(c, m.code(),
                m.commissioningArea()) ? m : delivery ? m.withCommentary(c.getNewText(), m.commissioningCommentary())
                        : m.withCommentary(m.deliveryCommentary(), c.getNewText())).toList();
        PackSnapshot snapshot = earlier.asCorrection(version, now, measures, c.getChangeNote());
        List<PackLine> lines = published.getLines().stream().map(line -> {
            PackLineRow row = line.toRow();
            return line.copyShowing(delivery && corrects(c, row.code(), row.commissioningArea())
                    ? row.withCommentary(replaced(row.commentary(), c)) : row);
        }).toList();
        return store(snapshot, sha256 -> new Pack(published.getQuarterId(), published.getPeriod(), version,
                snapshot.title(), now, username, lines, published.getMissingReturns(), sha256,
                published.toSummary().cabinetMeeting(), c.getChangeNote()));
    }

    /** The snapshot a version was compiled from, read back from its stored pack.json. */
    PackSnapshot snapshotOf(Pack pack) {
        PackFile json = files.findByPackIdAndFileName(pack.getId(), "pack.json").orElseThrow();
        return CanonicalJson.mapper().treeToValue(CanonicalJson.mapper().readTree(json.getContent()).get("snapshot"),
                PackSnapshot.class);
    }

    private static boolean corrects(PackCorrection c, String code, String area) {
        return c.getMeasureCode().equals(code) && c.getCommissioningArea().equals(area);
    }

    /** The line's commentary keeps its "No data this period: …" opening; the commentary after it is replaced. */
    private static String replaced(@Nullable String shown, PackCorrection c) {
        String old = c.getOldText();
        if (shown != null && old != null && !old.isEmpty() && shown.endsWith(old)) {
            return shown.substring(0, shown.length() - old.length()) + c.getNewText();
        }
        return c.getNewText();
    }

    private static PackLineRow lineView(ReturnDetails ret, LineDetails line, PackSnapshot.Measure packed) {
        MeasureSummary m = line.measure();
        String baseline = m.baselineValue() == null ? null
                : m.format(m.baselineValue()) + (m.baselinePeriod() == null ? "" : " (" + m.baselinePeriod() + ")");
        String recent = joined(line.lastFourQuarters().stream().map(v -> v.period().label() + ": " + m.format(v.value())));
        String commentary = line.noDataReason() == null ? line.commentary()
                : "No data this period: " + line.noDataReason() + (line.commentary() == null ? "" : ". " + line.commentary());
        String actions = joined(line.remedialActions().stream().map(RemedialActionEntry::describe));
        return new PackLineRow(ret.directorateName(), ret.areaName(), m.objective(), m.code(), m.kind().name(),
                m.title(), m.polarityLabel(), valueText(m, line), PackReport.target(packed), baseline, line.rag(),
                commentary, ret.adDeliveryName(), line.directionOnPreviousQuarter(), line.directionOnLastYear(), recent,
                actions, line.rating().label(), packed.disagreement(), line.rating().flag());
    }

    private static String valueText(MeasureSummary m, LineDetails line) {
        return line.valueText() + (line.value() == null || line.dataAsAt() == null ? ""
                : " (data as at " + line.dataAsAt() + ")");
    }

    private static @Nullable String joined(Stream<String> parts) {
        String text = parts.collect(Collectors.joining("; "));
        return text.isEmpty() ? null : text;
    }
}
