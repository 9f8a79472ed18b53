package uk.co.goldenthread.packs;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.packs.domain.Pack;
import uk.co.goldenthread.packs.domain.PackDecisionRepository;
import uk.co.goldenthread.packs.domain.PackFileRepository;
import uk.co.goldenthread.packs.domain.PackRepository;

/**
 * What anyone may read without signing in: versions whose Cabinet papers are published (and not referred back), their
 * stored files and Cabinet's decision on them; nothing else.
 */
@Service
@Transactional(readOnly = true)
public class PublishedPacks {

    /** The files every version has, by the extension used in its public URLs. */
    public static final List<String> FORMATS = List.of("html", "pdf", "csv", "xlsx", "json");

    private static final Set<PackStatus> SHOWN = EnumSet.of(PackStatus.PAPERS_PUBLISHED, PackStatus.DECIDED,
            PackStatus.PUBLISHED);

    private final PackRepository packs;
    private final PackFileRepository files;
    private final PackDecisionRepository decisions;
    private final StoredFiles onDisk;
    private final Map<String, PackFileRepository.Stored> stored = new ConcurrentHashMap<>();

    PublishedPacks(PackRepository packs, PackFileRepository files, PackDecisionRepository decisions,
            StoredFiles onDisk) {
        this.packs = packs;
        this.files = files;
        this.decisions = decisions;
        this.onDisk = onDisk;
    }

    /** Every public version, newest quarter first, versions newest first within it. */
    public List<PublicVersion> all() {
        return packs.findByStatusInOrderByIdDesc(SHOWN).stream().filter(Pack::isPublic).map(this::view)
                .sorted(Comparator.comparing((PublicVersion v) -> v.period().financialYear())
                        .thenComparing(v -> v.period().quarter()).thenComparing(PublicVersion::version).reversed())
                .toList();
    }

    /** The public versions of one quarter, newest first; empty when none is public. */
    public List<PublicVersion> versionsOf(FinancialQuarter period) {
        return all().stream().filter(v -> v.period().equals(period)).toList();
    }

    /**
     * One public version's stored file; empty for anything not public, so its existence is not revealed. The bytes
     * never change once compiled, so they are served from a copy on disk named by their SHA-256 (see StoredFiles),
     * never held in memory; whether the version is public is asked of the database every time (a referral can
     * withdraw Cabinet papers).
     */
    public Optional<PublicFile> file(FinancialQuarter period, int version, String format) {
        if (!FORMATS.contains(format)) {
            return Optional.empty();
        }
        return packs.findByFinancialYearAndQuarterNumberAndVersionNumber(period.financialYear(), period.quarter(),
                version).filter(Pack::isPublic).flatMap(p -> Optional.ofNullable(stored.computeIfAbsent(
                        p.getId() + "/" + format, k -> files.findStoredByPackIdAndFileName(p.getId(), "pack." + format)
                                .orElse(null)))
                        .map(f -> new PublicFile(String.valueOf(p.toSummary().sha256()), version, f.getMediaType(),
                                onDisk.path(p.getId(), "pack." + format, f.getContentSha256()))));
    }

    /** Every public value of a measure, newest version first. */
    public List<PublicMeasureValue> measureHistory(String code) {
        return packs.findByStatusInAndLineCode(SHOWN, code).stream().filter(Pack::isPublic)
                .flatMap(p -> p.getLines().stream().filter(l -> l.toRow().code().equals(code))
                        .map(l -> new PublicMeasureValue(view(p), l.toRow())))
                .sorted(Comparator.comparing((PublicMeasureValue v) -> v.version().period().financialYear())
                        .thenComparing(v -> v.version().period().quarter())
                        .thenComparing(v -> v.version().version()).reversed())
                .toList();
    }

    private PublicVersion view(Pack p) {
        PackSummary s = p.toSummary();
        return new PublicVersion(s.id(), p.getPeriod(), s.version(), s.title(), s.sha256() == null ? "" : s.sha256(),
                s.publishedAt(), s.cabinetMeeting(), s.papersPublishedAt(), s.correctionNote(),
                decisions.findByPackId(s.id()).map(d -> new PublicDecision(d.getDecision(), d.getMeetingDate(),
                        d.getMinute(), d.getRecordedAt(), d.getSha256())).orElse(null));
    }

    /** Cabinet's decision on a version: a dated record with its own SHA-256. */
    public record PublicDecision(CabinetDecision decision, java.time.LocalDate meetingDate, @Nullable String minute,
            java.time.LocalDateTime recordedAt, String sha256) {
    }

    /** A stored file of a public version: its bytes are the file at {@code path}, which never changes. */
    public record PublicFile(String sha256, int version, String mediaType, java.nio.file.Path path) {

        /** The whole file, read from disk (the quarter's page reads the version's HTML into its own). */
        public byte[] content() {
            try {
                return java.nio.file.Files.readAllBytes(path);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** A measure's line in a public version. */
    public record PublicMeasureValue(PublicVersion version, PackLineRow line) {
    }

    /** A public version of a quarter's pack, and where it lives: /public/packs/2019-20/q3/v1. */
    public record PublicVersion(long packId, FinancialQuarter period, int version, String title, String sha256,
            java.time.@Nullable LocalDateTime publishedAt, java.time.@Nullable LocalDate cabinetMeeting,
            java.time.@Nullable LocalDateTime papersPublishedAt, @Nullable String correctionNote,
            @Nullable PublicDecision decision) {

        /** Published to Scrutiny after Cabinet's decision, rather than Cabinet papers still. */
        public boolean published() {
            return publishedAt != null;
        }

        public String quarterPath() {
            return "/public/packs/" + FinancialQuarter.yearLabel(period.financialYear()).replace('/', '-') + "/q"
                    + period.quarter();
        }

        public String path() {
            return quarterPath() + "/v" + version;
        }
    }
}
