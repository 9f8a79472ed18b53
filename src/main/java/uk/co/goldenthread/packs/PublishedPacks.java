package uk.co.goldenthread.packs;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.packs.domain.Pack;
import uk.co.goldenthread.packs.domain.PackFileRepository;
import uk.co.goldenthread.packs.domain.PackRepository;

/** What anyone may read without signing in: public pack versions and their stored files, nothing else. */
@Service
@Transactional(readOnly = true)
public class PublishedPacks {

    /** The files every version has, by the extension used in its public URLs. */
    public static final List<String> FORMATS = List.of("html", "pdf", "csv", "xlsx", "json");

    private final PackRepository packs;
    private final PackFileRepository files;

    PublishedPacks(PackRepository packs, PackFileRepository files) {
        this.packs = packs;
        this.files = files;
    }

    /** Every public version, newest quarter first, versions newest first within it. */
    public List<PublicVersion> all() {
        return packs.findByStatusOrderByIdDesc(PackStatus.PUBLISHED).stream().map(PublishedPacks::view)
                .sorted(Comparator.comparing((PublicVersion v) -> v.period().financialYear())
                        .thenComparing(v -> v.period().quarter()).thenComparing(PublicVersion::version).reversed())
                .toList();
    }

    /** The public versions of one quarter, newest first; empty when none is public. */
    public List<PublicVersion> versionsOf(FinancialQuarter period) {
        return all().stream().filter(v -> v.period().equals(period)).toList();
    }

    /** One public version's stored file; empty for anything not public, so its existence is not revealed. */
    public Optional<PublicFile> file(FinancialQuarter period, int version, String format) {
        if (!FORMATS.contains(format)) {
            return Optional.empty();
        }
        return versionsOf(period).stream().filter(v -> v.version() == version).findFirst()
                .flatMap(v -> files.findByPackIdAndFileName(v.packId(), "pack." + format)
                        .map(f -> new PublicFile(v, f.getMediaType(), f.getContent())));
    }

    /** Every public value of a measure, newest version first. */
    public List<PublicMeasureValue> measureHistory(String code) {
        return packs.findByStatusAndLineCode(PackStatus.PUBLISHED, code).stream()
                .flatMap(p -> p.getLines().stream().filter(l -> l.toView().code().equals(code))
                        .map(l -> new PublicMeasureValue(view(p), l.toView())))
                .sorted(Comparator.comparing((PublicMeasureValue v) -> v.version().period().financialYear())
                        .thenComparing(v -> v.version().period().quarter())
                        .thenComparing(v -> v.version().version()).reversed())
                .toList();
    }

    private static PublicVersion view(Pack p) {
        PackSummary s = p.toSummary();
        return new PublicVersion(s.id(), p.getPeriod(), s.version(), s.title(), s.sha256() == null ? "" : s.sha256(),
                s.publishedAt(), s.decision(), s.cabinetDate());
    }

    /** A stored file of a public version. */
    public record PublicFile(PublicVersion version, String mediaType, byte[] content) {
    }

    /** A measure's line in a public version. */
    public record PublicMeasureValue(PublicVersion version, PackLineView line) {
    }

    /** A public version of a quarter's pack, and where it lives: /public/packs/2019-20/q3/v1. */
    public record PublicVersion(long packId, FinancialQuarter period, int version, String title, String sha256,
            java.time.@Nullable LocalDateTime publishedAt, @Nullable CabinetDecision decision,
            java.time.@Nullable LocalDate cabinetDate) {

        public String quarterPath() {
            return "/public/packs/" + FinancialQuarter.yearLabel(period.financialYear()).replace('/', '-') + "/q"
                    + period.quarter();
        }

        public String path() {
            return quarterPath() + "/v" + version;
        }
    }
}
