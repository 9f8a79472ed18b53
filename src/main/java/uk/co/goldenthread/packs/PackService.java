package uk.co.goldenthread.packs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.framework.MeasureView;
import uk.co.goldenthread.packs.domain.Pack;
import uk.co.goldenthread.packs.domain.PackLine;
import uk.co.goldenthread.packs.domain.PackFile;
import uk.co.goldenthread.packs.domain.PackFileRepository;
import uk.co.goldenthread.packs.domain.PackRepository;
import uk.co.goldenthread.packs.render.PackRenderer;
import uk.co.goldenthread.packs.snapshot.CanonicalJson;
import uk.co.goldenthread.packs.snapshot.PackSnapshot;
import uk.co.goldenthread.packs.snapshot.SnapshotAssembler;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterStep;
import uk.co.goldenthread.quarters.RemedialActionEntry;
import uk.co.goldenthread.quarters.QuarterSummary;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnReferral;
import uk.co.goldenthread.quarters.ReturnStatus;

/** Packs: compiled once the returns are signed off (or missing), considered by Cabinet, then published. */
@Service
@Transactional
public class PackService {

    static final String AUDIT_SUBJECT = "Pack";

    private final PackRepository packs;
    private final PackFileRepository files;
    private final SnapshotAssembler assembler;
    private final PackRenderer renderer;
    private final QuarterService quarters;
    private final PeopleService people;
    private final AuditLog audit;
    private final Clock clock;

    PackService(PackRepository packs, PackFileRepository files, SnapshotAssembler assembler, PackRenderer renderer,
            QuarterService quarters, PeopleService people, AuditLog audit, Clock clock) {
        this.packs = packs;
        this.files = files;
        this.assembler = assembler;
        this.renderer = renderer;
        this.quarters = quarters;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Compiles the quarter's pack once every return is signed off, or the quarter was closed early (the returns not
     * signed off are then listed as missing): a snapshot that never changes afterwards. A quarter compiles again,
     * as a new version, after Cabinet referred its pack back; earlier versions stay as they were.
     */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary compile(long quarterId) {
        QuarterSummary quarter = quarters.get(quarterId);
        if (!quarter.allSignedOff() && !quarter.closedEarly()) {
            throw new ConflictException("A pack can be compiled only when every return is signed off: "
                    + quarter.signedOffCount() + " of " + quarter.returnCount() + " are.");
        }
        List<ReturnDetails> returns = quarters.returnDetailsOf(quarterId);
        List<PackLine> lines = new ArrayList<>();
        List<MissingReturn> missing = new ArrayList<>();
        for (ReturnDetails ret : returns) {
            if (ret.status() == ReturnStatus.MISSING) {
                missing.add(new MissingReturn(ret.directorateName(), ret.areaName(), ret.adDeliveryName()));
            } else {
                ret.lines().forEach(line -> lines.add(new PackLine(lines.size(), snapshot(ret, line), line.value(),
                        line.measure().decimalPlaces())));
            }
        }
        int version = packs.findFirstByQuarterIdOrderByVersionNumberDesc(quarterId)
                .map(p -> p.toSummary().version() + 1).orElse(1);
        LocalDateTime now = LocalDateTime.now(clock);
        PackSnapshot snapshot = assembler.assemble(quarter, returns, version, now, "Performance Team");
        String canonical = CanonicalJson.of(snapshot);
        String sha256 = CanonicalJson.sha256(canonical);
        Pack pack = packs.save(new Pack(quarterId, quarter.period(), version, snapshot.title(), now, username(), lines,
                missing, sha256));
        renderer.render(snapshot, canonical, sha256).forEach(f -> files.save(new PackFile(pack.getId(), f.name(),
                f.mediaType(), f.content(), CanonicalJson.sha256(f.content()))));
        quarters.completeStep(quarterId, QuarterStep.COMPILE_PACK);
        audit.record(AUDIT_SUBJECT, pack.getId(), "status", null, PackStatus.COMPILED.label(), lines.size() + " measures"
                + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing.stream().map(MissingReturn::label)
                        .toList())));
        return pack.toSummary();
    }

    /** Records what Cabinet decided on the pack: noted or approved (referring back names returns: see referBack). */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary recordDecision(long packId, @Nullable CabinetDecision decision, @Nullable LocalDate meetingDate) {
        if (decision == null) {
            throw InvalidInputException.of("Decision", "Choose what Cabinet decided.");
        }
        if (decision == CabinetDecision.REFERRED_BACK) {
            throw InvalidInputException.of("Decision", "Name the returns Cabinet referred back, and where each "
                    + "starts again.");
        }
        requireMeetingDate(meetingDate);
        Pack pack = inStatus(packId, PackStatus.COMPILED, "record Cabinet's decision on");
        quarters.completeStep(pack.getQuarterId(), QuarterStep.RECORD_CABINET_DECISION);
        pack.recordDecision(decision, meetingDate, username());
        audit.record(AUDIT_SUBJECT, packId, "Cabinet decision", null, decision.label(), null);
        return pack.toSummary();
    }

    /**
     * Cabinet referred the pack back: the named returns reopen at the step given, and a new version of the pack is
     * compiled once they are signed off again. This version stays readable, and is never published.
     */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary referBack(long packId, @Nullable LocalDate meetingDate, List<ReturnReferral> referrals,
            @Nullable String reason) {
        requireMeetingDate(meetingDate);
        Pack pack = inStatus(packId, PackStatus.COMPILED, "record Cabinet's decision on");
        quarters.referBack(pack.getQuarterId(), referrals, reason);
        pack.recordDecision(CabinetDecision.REFERRED_BACK, meetingDate, username());
        audit.record(AUDIT_SUBJECT, packId, "Cabinet decision", null, CabinetDecision.REFERRED_BACK.label(), reason);
        return pack.toSummary();
    }

    /** Publishes the pack to Scrutiny and the public pages. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary publish(long packId) {
        Pack pack = inStatus(packId, PackStatus.DECIDED, "publish");
        if (pack.getDecision() == CabinetDecision.REFERRED_BACK) {
            throw new ConflictException("Cabinet referred this pack back, so it is not published: a new version "
                    + "follows once the reopened returns are signed off again.");
        }
        quarters.completeStep(pack.getQuarterId(), QuarterStep.PUBLISH);
        pack.publish(LocalDateTime.now(clock), username());
        audit.record(AUDIT_SUBJECT, packId, "status", PackStatus.DECIDED.label(), PackStatus.PUBLISHED.label(), null);
        return pack.toSummary();
    }

    /** Packs for the people who read them before publication: Performance Team and Cabinet. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PERFORMANCE_TEAM', 'CABINET')")
    public List<PackSummary> all() {
        return packs.findAllByOrderByIdDesc().stream().map(Pack::toSummary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PERFORMANCE_TEAM', 'CABINET')")
    public PackContent content(long packId) {
        return content(find(packId));
    }

    @Transactional(readOnly = true)
    public @Nullable PackSummary latestFor(long quarterId) {
        return packs.findFirstByQuarterIdOrderByVersionNumberDesc(quarterId).map(Pack::toSummary).orElse(null);
    }

    /** Published packs only: what anyone, signed in or not, may read. */
    @Transactional(readOnly = true)
    public List<PackSummary> published() {
        return packs.findByStatusOrderByIdDesc(PackStatus.PUBLISHED).stream().map(Pack::toSummary).toList();
    }

    /** A published pack; an unpublished one is reported as not found, so its existence is not revealed. */
    @Transactional(readOnly = true)
    public PackContent publishedContent(long packId) {
        return content(packs.findByIdAndStatus(packId, PackStatus.PUBLISHED)
                .orElseThrow(() -> new DomainException("There is no published pack with that number.")));
    }

    private static PackLineView snapshot(ReturnDetails ret, LineDetails line) {
        MeasureView m = line.measure();
        String baseline = m.baselineValue() == null ? null
                : m.format(m.baselineValue()) + (m.baselinePeriod() == null ? "" : " (" + m.baselinePeriod() + ")");
        String recent = joined(line.lastFourQuarters().stream().map(v -> v.period().label() + ": " + m.format(v.value())));
        String commentary = line.noDataReason() == null ? line.commentary()
                : "No data this period: " + line.noDataReason() + (line.commentary() == null ? "" : ". " + line.commentary());
        String actions = joined(line.remedialActions().stream().map(RemedialActionEntry::describe));
        return new PackLineView(ret.directorateName(), ret.areaName(), m.objective(), m.code(), m.kind().name(),
                m.title(), m.polarityLabel(), valueText(m, line), m.format(line.target()), baseline, line.rag(),
                commentary, ret.adDeliveryName(), line.directionOnPreviousQuarter(), recent, actions);
    }

    private static String valueText(MeasureView m, LineDetails line) {
        return m.format(line.value()) + (line.value() == null || line.dataAsAt() == null ? ""
                : " (data as at " + line.dataAsAt() + ")");
    }

    private static @Nullable String joined(java.util.stream.Stream<String> parts) {
        String text = parts.collect(java.util.stream.Collectors.joining("; "));
        return text.isEmpty() ? null : text;
    }

    private PackContent content(Pack pack) {
        return new PackContent(pack.toSummary(), pack.getLines().stream().map(PackLine::toView).toList(),
                pack.getMissingReturns());
    }

    private static void requireMeetingDate(@Nullable LocalDate meetingDate) {
        if (meetingDate == null) {
            throw InvalidInputException.of("Date of the meeting", "Give the date of the Cabinet meeting.");
        }
    }

    private Pack inStatus(long packId, PackStatus status, String action) {
        Pack pack = find(packId);
        if (pack.getStatus() != status) {
            throw new ConflictException("You cannot " + action + " this pack: it is '" + pack.getStatus().label() + "'.");
        }
        return pack;
    }

    private Pack find(long packId) {
        return packs.findById(packId).orElseThrow(() -> new DomainException("There is no pack " + packId + "."));
    }

    private String username() {
        return people.currentPerson().username();
    }
}
