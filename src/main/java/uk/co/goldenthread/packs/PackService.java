package uk.co.goldenthread.packs;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.NoSuchRecordException;
import uk.co.goldenthread.packs.domain.Pack;
import uk.co.goldenthread.packs.domain.PackLine;
import uk.co.goldenthread.packs.domain.PackRepository;
import uk.co.goldenthread.packs.domain.ReturnsCorrection;
import uk.co.goldenthread.packs.domain.ReturnsCorrectionRepository;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.PackCompiled;
import uk.co.goldenthread.quarters.QuarterStatus;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.QuarterSummary;
import uk.co.goldenthread.quarters.ReturnReferral;

/**
 * Packs: compiled once the returns are signed off (or missing); the Cabinet papers published before the meeting;
 * Cabinet's decision recorded after it; published to Scrutiny; corrected only by a new version with a note. The pack
 * owns this lifecycle (PackStatus): it reads the quarters but never commands them; what its steps mean for the returns
 * it says in events (PackCompiled, PackPublished, PackReturnsReopened) that the quarters hear. Compiling is done here;
 * the steps after it are CabinetSteps', behind this service's permission checks; corrections are PackCorrectionService's
 * (a typo in commentary) and ReturnsCorrectionService's (through the returns).
 */
@Service
@Transactional
public class PackService {

    static final String AUDIT_SUBJECT = "Pack";

    private final PackRepository packs;
    private final ReturnsCorrectionRepository corrections;
    private final PackCompiler compiler;
    private final CabinetSteps cabinet;
    private final QuarterService quarters;
    private final PeopleService people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PackService(PackRepository packs, ReturnsCorrectionRepository corrections, PackCompiler compiler,
            CabinetSteps cabinet, QuarterService quarters, PeopleService people, AuditLog audit,
            ApplicationEventPublisher events) {
        this.packs = packs;
        this.corrections = corrections;
        this.compiler = compiler;
        this.cabinet = cabinet;
        this.quarters = quarters;
        this.people = people;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Compiles the quarter's pack once every return is signed off, or the quarter was closed early (the returns not
     * signed off are then listed as missing): a snapshot that never changes afterwards. A quarter compiles again,
     * as a new version, after Cabinet referred its pack back, or once the returns a correction sent back are signed
     * off again (the version then carries the correction's note); earlier versions stay as they were.
     */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary compile(long quarterId) {
        QuarterSummary quarter = quarters.get(quarterId);
        if (quarter.status() != QuarterStatus.SIGNED_OFF && quarter.status() != QuarterStatus.CLOSED_EARLY) {
            throw new ConflictException("A pack can be compiled only when every return is signed off: "
                    + quarter.signedOffCount() + " of " + quarter.returnCount() + " are.");
        }
        ReturnsCorrection correction = openCorrection(quarterId);
        packs.findFirstByQuarterIdOrderByVersionNumberDesc(quarterId).ifPresent(latest -> {
            if (!nextVersionDue(latest, correction)) {
                throw new ConflictException("Version " + latest.toSummary().version() + " of the "
                        + quarter.period().label() + " pack is already compiled ('" + latest.getStatus().label()
                        + "'): a new version follows only a referral back or a correction.");
            }
        });
        Pack pack = compiler.compile(quarter, quarters.returnDetailsOf(quarterId), username(),
                correction == null ? null : correction.getChangeNote());
        if (correction != null) {
            correction.compiled(pack.getId());
        }
        events.publishEvent(new PackCompiled(pack.getId(), quarterId, pack.toSummary().version()));
        List<MissingReturn> missing = pack.getMissingReturns();
        audit.record(AUDIT_SUBJECT, pack.getId(), "status", null, PackStatus.COMPILED.label(),
                pack.getLines().size() + " measures" + (missing.isEmpty() ? "" : "; missing: "
                        + String.join(", ", missing.stream().map(MissingReturn::label).toList())));
        return pack.toSummary();
    }

    /** The field where the Performance Team says why the papers go public after the timetable's dispatch date. */
    public static final String LATE_REASON = "Reason for publishing late";

    /**
     * Makes a compiled version public as the Cabinet papers for its meeting, on or before the timetable's dispatch
     * date (the publication date: at least 5 clear working days before the meeting). After that date it is refused.
     */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary publishPapers(long packId) {
        return cabinet.publishPapers(packId, null);
    }

    /**
     * As {@link #publishPapers(long)}; after the dispatch date only with the reason the chair agreed to take the report
     * late (Local Government Act 1972, s.100B(4)), which the audit trail keeps with the papers.
     */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary publishPapers(long packId, @Nullable String lateReason) {
        return cabinet.publishPapers(packId, lateReason);
    }

    /** Records what Cabinet decided on the papers: noted or approved (referring back names returns: see referBack). */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary recordDecision(long packId, @Nullable CabinetDecision decision, @Nullable LocalDate meetingDate) {
        return cabinet.recordDecision(packId, decision, meetingDate, null);
    }

    /** As recordDecision, with the wording of Cabinet's minute, kept as a separate dated and hashed record. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary recordDecision(long packId, @Nullable CabinetDecision decision, @Nullable LocalDate meetingDate,
            @Nullable String minute) {
        return cabinet.recordDecision(packId, decision, meetingDate, minute);
    }

    /**
     * Cabinet referred the pack back: the named returns reopen at the step given, and a new version of the pack is
     * compiled once they are signed off again. This version is withdrawn from the public pages and never published.
     */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary referBack(long packId, @Nullable LocalDate meetingDate, List<ReturnReferral> referrals,
            @Nullable String reason) {
        return cabinet.referBack(packId, meetingDate, referrals, reason);
    }

    /** Publishes the pack to Scrutiny and the public pages, after Cabinet's decision. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary publish(long packId) {
        return cabinet.publish(packId);
    }

    /**
     * The quarters whose next pack version can be compiled now: their returns are done with (signed off, or closed
     * early), and they have no version yet, or Cabinet referred the latest back, or a correction of the published one
     * sent returns back, and those are signed off again.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public List<QuarterSummary> readyToCompile() {
        return quarters.list().stream()
                .filter(q -> q.status() == QuarterStatus.SIGNED_OFF || q.status() == QuarterStatus.CLOSED_EARLY)
                .filter(q -> packs.findFirstByQuarterIdOrderByVersionNumberDesc(q.id())
                        .map(p -> nextVersionDue(p, openCorrection(q.id()))).orElse(true))
                // history loaded as already published (the demo's earlier quarters) has nothing waiting for a pack
                .filter(q -> quarters.returnsOf(q.id()).stream().anyMatch(r -> r.status() == ReturnStatus.SIGNED_OFF
                        || r.status() == ReturnStatus.MISSING))
                .toList();
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

    /** A pack's heading for its screen: what it is and which returns it misses, without its measure lines. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PERFORMANCE_TEAM', 'CABINET')")
    public PackOutline outline(long packId) {
        Pack pack = find(packId);
        return new PackOutline(pack.toSummary(), packs.countLines(packId), pack.getMissingReturns());
    }

    /** One page of a pack's measure lines in the pack's order, for a screen that reads them as they are scrolled to. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PERFORMANCE_TEAM', 'CABINET')")
    public List<PackLineRow> lines(long packId, int page, int pageSize) {
        return packs.findLines(packId, PageRequest.of(page, pageSize)).stream()
                .map(PackLine::toRow).toList();
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

    /** After the latest version, the next follows a referral back, or a correction of the published one. */
    private static boolean nextVersionDue(Pack latest, @Nullable ReturnsCorrection correction) {
        return latest.getDecision() == CabinetDecision.REFERRED_BACK
                || correction != null && latest.getStatus() == PackStatus.PUBLISHED;
    }

    /** A correction whose returns are back on their route (or signed off again), its version not yet compiled. */
    private @Nullable ReturnsCorrection openCorrection(long quarterId) {
        return corrections.findByQuarterIdAndStatusIn(quarterId, List.of(ReturnsCorrectionStatus.OPEN)).stream()
                .findFirst().orElse(null);
    }

    private PackContent content(Pack pack) {
        return new PackContent(pack.toSummary(), pack.getLines().stream().map(PackLine::toRow).toList(),
                pack.getMissingReturns());
    }

    private Pack find(long packId) {
        return packs.findById(packId).orElseThrow(() -> new NoSuchRecordException("There is no pack " + packId + "."));
    }

    private String username() {
        return people.currentPerson().username();
    }
}
