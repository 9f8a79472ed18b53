package uk.co.goldenthread.packs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.lang.Contract;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.NoSuchRecordException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.packs.domain.Pack;
import uk.co.goldenthread.packs.domain.PackDecision;
import uk.co.goldenthread.packs.domain.PackDecisionRepository;
import uk.co.goldenthread.packs.domain.PackLine;
import uk.co.goldenthread.packs.domain.PackRepository;
import uk.co.goldenthread.packs.snapshot.CanonicalJson;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.PackCompiled;
import uk.co.goldenthread.quarters.PackPublished;
import uk.co.goldenthread.quarters.PackReturnsReopened;
import uk.co.goldenthread.quarters.QuarterStatus;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.QuarterSummary;
import uk.co.goldenthread.quarters.ReturnReferral;

/**
 * Packs: compiled once the returns are signed off (or missing); the Cabinet papers published before the meeting;
 * Cabinet's decision recorded after it; published to Scrutiny; corrected only by a new version with a note. The pack
 * owns this lifecycle (PackStatus): it reads the quarters but never commands them; what its steps mean for the returns
 * it says in events (PackCompiled, PackPublished, PackReturnsReopened) that the quarters hear.
 */
@Service
@Transactional
public class PackService {

    static final String AUDIT_SUBJECT = "Pack";

    private final PackRepository packs;
    private final PackDecisionRepository decisions;
    private final PackCompiler compiler;
    private final QuarterService quarters;
    private final PeopleService people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PackService(PackRepository packs, PackDecisionRepository decisions, PackCompiler compiler, QuarterService quarters,
            PeopleService people, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.packs = packs;
        this.decisions = decisions;
        this.compiler = compiler;
        this.quarters = quarters;
        this.people = people;
        this.audit = audit;
        this.events = events;
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
        if (quarter.status() != QuarterStatus.SIGNED_OFF && quarter.status() != QuarterStatus.CLOSED_EARLY) {
            throw new ConflictException("A pack can be compiled only when every return is signed off: "
                    + quarter.signedOffCount() + " of " + quarter.returnCount() + " are.");
        }
        packs.findFirstByQuarterIdOrderByVersionNumberDesc(quarterId).ifPresent(latest -> {
            if (latest.getDecision() != CabinetDecision.REFERRED_BACK) {
                throw new ConflictException("Version " + latest.toSummary().version() + " of the "
                        + quarter.period().label() + " pack is already compiled ('" + latest.getStatus().label()
                        + "'): a new version follows only a referral back or a correction.");
            }
        });
        Pack pack = compiler.compile(quarter, quarters.returnDetailsOf(quarterId), username(), null);
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
        return publishPapers(packId, null);
    }

    /**
     * As {@link #publishPapers(long)}; after the dispatch date only with the reason the chair agreed to take the report
     * late (Local Government Act 1972, s.100B(4)), which the audit trail keeps with the papers.
     */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary publishPapers(long packId, @Nullable String lateReason) {
        Pack pack = inStatus(packId, PackStatus.COMPILED, "publish the Cabinet papers of");
        QuarterSummary quarter = quarters.get(pack.getQuarterId());
        LocalDate dispatch = quarter.publicationDate();
        boolean late = LocalDate.now(clock).isAfter(dispatch);
        if (late && (lateReason == null || lateReason.isBlank())) {
            throw InvalidInputException.of(LATE_REASON, "The Cabinet papers for " + UkDates.format(
                    quarter.cabinetDate()) + " had to be public by " + UkDates.format(dispatch) + ", at least 5 clear "
                    + "working days before the meeting (weekends and bank holidays do not count, nor do the days of "
                    + "publication and of the meeting). Give the reason the chair agreed to take the report late.");
        }
        pack.publishPapers(LocalDateTime.now(clock), username());
        audit.record(AUDIT_SUBJECT, packId, "status", PackStatus.COMPILED.label(), PackStatus.PAPERS_PUBLISHED.label(),
                "Cabinet papers for " + UkDates.format(pack.toSummary().cabinetMeeting()) + (late && lateReason != null
                        ? "; published after the dispatch date of " + UkDates.format(dispatch) + ": "
                                + lateReason.strip() : ""));
        return pack.toSummary();
    }

    /** Records what Cabinet decided on the papers: noted or approved (referring back names returns: see referBack). */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary recordDecision(long packId, @Nullable CabinetDecision decision, @Nullable LocalDate meetingDate) {
        return recordDecision(packId, decision, meetingDate, null);
    }

    /** As recordDecision, with the wording of Cabinet's minute, kept as a separate dated and hashed record. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary recordDecision(long packId, @Nullable CabinetDecision decision, @Nullable LocalDate meetingDate,
            @Nullable String minute) {
        if (decision == null) {
            throw InvalidInputException.of("Decision", "Choose what Cabinet decided.");
        }
        if (decision == CabinetDecision.REFERRED_BACK) {
            throw InvalidInputException.of("Decision", "Name the returns Cabinet referred back, and where each "
                    + "starts again.");
        }
        requireMeetingDate(meetingDate);
        Pack pack = awaitingDecision(packId);
        decide(pack, decision, meetingDate, minute, null);
        return pack.toSummary();
    }

    /**
     * Cabinet referred the pack back: the named returns reopen at the step given, and a new version of the pack is
     * compiled once they are signed off again. This version is withdrawn from the public pages and never published.
     */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary referBack(long packId, @Nullable LocalDate meetingDate, List<ReturnReferral> referrals,
            @Nullable String reason) {
        requireMeetingDate(meetingDate);
        Pack pack = awaitingDecision(packId);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("Reason", "Give a reason: it is kept in the audit trail and shown on the "
                    + "returns.");
        }
        events.publishEvent(new PackReturnsReopened(packId, pack.getQuarterId(), referrals,
                "Referred back by Cabinet: " + reason.strip(), username()));
        decide(pack, CabinetDecision.REFERRED_BACK, meetingDate, reason, reason);
        return pack.toSummary();
    }

    /** Publishes the pack to Scrutiny and the public pages, after Cabinet's decision. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary publish(long packId) {
        Pack pack = inStatus(packId, PackStatus.DECIDED, "publish");
        if (pack.getDecision() == CabinetDecision.REFERRED_BACK) {
            throw new ConflictException("Cabinet referred this pack back, so it is not published: a new version "
                    + "follows once the reopened returns are signed off again.");
        }
        pack.publish(LocalDateTime.now(clock), username());
        events.publishEvent(new PackPublished(packId, pack.getQuarterId(), pack.toSummary().version()));
        audit.record(AUDIT_SUBJECT, packId, "status", PackStatus.DECIDED.label(), PackStatus.PUBLISHED.label(), null);
        return pack.toSummary();
    }

    /**
     * Corrects a published pack: a new version compiled from the quarter's returns as they stand, published at once
     * with the change note; every earlier version stays readable at its own address.
     */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary correct(long packId, @Nullable String note) {
        if (note == null || note.isBlank()) {
            throw InvalidInputException.of("Change note", "Say what the correction changes: the public page shows it.");
        }
        Pack published = inStatus(packId, PackStatus.PUBLISHED, "correct");
        Pack latest = packs.findFirstByQuarterIdOrderByVersionNumberDesc(published.getQuarterId()).orElseThrow();
        if (latest.getId() != published.getId()) {
            throw new ConflictException("Version " + latest.toSummary().version() + " is the latest: correct that one.");
        }
        QuarterSummary quarter = quarters.get(published.getQuarterId());
        Pack pack = compiler.compile(quarter, quarters.returnDetailsOf(quarter.id()), username(), note.strip());
        pack.publishPapers(LocalDateTime.now(clock), username());
        pack.copyDecision(published);
        events.publishEvent(new PackCompiled(pack.getId(), quarter.id(), pack.toSummary().version()));
        pack.publish(LocalDateTime.now(clock), username());
        events.publishEvent(new PackPublished(pack.getId(), quarter.id(), pack.toSummary().version()));
        audit.record(AUDIT_SUBJECT, pack.getId(), "status", null, PackStatus.PUBLISHED.label(), "Correction of version "
                + published.toSummary().version() + ": " + note.strip());
        return pack.toSummary();
    }

    /** Compiles the quarter's pack and takes it through papers, a 'Noted' decision and publication in one go. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary compileAndPublish(long quarterId) {
        PackSummary pack = compile(quarterId);
        publishPapers(pack.id(), "Compiled and published in one go, as an earlier quarter's record");
        recordDecision(pack.id(), CabinetDecision.NOTED, pack.cabinetMeeting() == null
                ? LocalDate.now(clock) : pack.cabinetMeeting());
        return publish(pack.id());
    }

    /**
     * The quarters whose next pack version can be compiled now: their returns are done with (signed off, or closed
     * early), and they have no version yet, or Cabinet referred the latest back and its returns are signed off again.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public List<QuarterSummary> readyToCompile() {
        return quarters.list().stream()
                .filter(q -> q.status() == QuarterStatus.SIGNED_OFF || q.status() == QuarterStatus.CLOSED_EARLY)
                .filter(q -> packs.findFirstByQuarterIdOrderByVersionNumberDesc(q.id())
                        .map(p -> p.getDecision() == CabinetDecision.REFERRED_BACK).orElse(true))
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

    private void decide(Pack pack, CabinetDecision decision, LocalDate meetingDate, @Nullable String minute,
            @Nullable String reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("packSha256", String.valueOf(pack.toSummary().sha256()));
        record.put("version", pack.toSummary().version());
        record.put("decision", decision.label());
        record.put("meetingDate", meetingDate.toString());
        record.put("minute", minute == null ? "" : minute.strip());
        record.put("recordedAt", now.toString());
        String sha256 = CanonicalJson.sha256(CanonicalJson.of(CanonicalJson.mapper().valueToTree(record)));
        decisions.save(new PackDecision(pack.getId(), decision, meetingDate, minute == null ? null : minute.strip(),
                now, username(), sha256));
        pack.recordDecision(decision, meetingDate, username());
        audit.record(AUDIT_SUBJECT, pack.getId(), "Cabinet decision", null, decision.label(), reason);
    }

    private PackContent content(Pack pack) {
        return new PackContent(pack.toSummary(), pack.getLines().stream().map(PackLine::toRow).toList(),
                pack.getMissingReturns());
    }

    @Contract("null -> fail")
    private static void requireMeetingDate(@Nullable LocalDate meetingDate) {
        if (meetingDate == null) {
            throw InvalidInputException.of("Date of the meeting", "Give the date of the Cabinet meeting.");
        }
    }

    /** Cabinet decides on the papers; a pack whose papers are not yet public is refused, to keep the order right. */
    private Pack awaitingDecision(long packId) {
        Pack pack = find(packId);
        if (pack.getStatus() == PackStatus.COMPILED) {
            throw new ConflictException("Publish the Cabinet papers first: Cabinet decides on papers the public "
                    + "has seen.");
        }
        return inStatus(packId, PackStatus.PAPERS_PUBLISHED, "record Cabinet's decision on");
    }

    private Pack inStatus(long packId, PackStatus status, String action) {
        Pack pack = find(packId);
        if (pack.getStatus() != status) {
            throw new ConflictException("You cannot " + action + " this pack: it is '" + pack.getStatus().label() + "'.");
        }
        return pack;
    }

    private Pack find(long packId) {
        return packs.findById(packId).orElseThrow(() -> new NoSuchRecordException("There is no pack " + packId + "."));
    }

    private String username() {
        return people.currentPerson().username();
    }
}
