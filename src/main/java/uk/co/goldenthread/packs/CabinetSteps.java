package uk.co.goldenthread.packs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.NoSuchRecordException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.packs.domain.Pack;
import uk.co.goldenthread.packs.domain.PackDecision;
import uk.co.goldenthread.packs.domain.PackDecisionRepository;
import uk.co.goldenthread.packs.domain.PackRepository;
import uk.co.goldenthread.packs.snapshot.CanonicalJson;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.quarters.PackPublished;
import uk.co.goldenthread.quarters.PackReturnsReopened;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterSummary;
import uk.co.goldenthread.quarters.ReturnReferral;

/**
 * The compiled version's way to the public, after {@link PackService} compiled it and checked who asks: the Cabinet
 * papers, Cabinet's decision (a dated, hashed record of its own) or its referral back, and publication to Scrutiny.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CabinetSteps {

    /** The decision's date, as the Packs screen labels it. */
    static final String MEETING_DATE = "Date of the meeting";

    private final PackRepository packs;
    private final PackDecisionRepository decisions;
    private final QuarterService quarters;
    private final PeopleService people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CabinetSteps(PackRepository packs, PackDecisionRepository decisions, QuarterService quarters, PeopleService people,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.packs = packs;
        this.decisions = decisions;
        this.quarters = quarters;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    PackSummary publishPapers(long packId, @Nullable String lateReason) {
        Pack pack = inStatus(packId, PackStatus.COMPILED, "publish the Cabinet papers of");
        if (pack.toSummary().correctionNote() != null) {
            throw new ConflictException("Version " + pack.toSummary().version() + " corrects a published pack, so it "
                    + "is not Cabinet papers: publish it as the correction. Nothing was changed.");
        }
        QuarterSummary quarter = quarters.get(pack.getQuarterId());
        LocalDate dispatch = quarter.publicationDate();
        boolean late = LocalDate.now(clock).isAfter(dispatch);
        if (late && (lateReason == null || lateReason.isBlank())) {
            throw InvalidInputException.of(PackService.LATE_REASON, "The Cabinet papers for " + UkDates.format(
                    quarter.cabinetDate()) + " had to be public by " + UkDates.format(dispatch) + ", at least 5 clear "
                    + "working days before the meeting (weekends and bank holidays do not count, nor do the days of "
                    + "publication and of the meeting). Give the reason the chair agreed to take the report late.");
        }
        pack.publishPapers(LocalDateTime.now(clock), username());
        audit.record(PackService.AUDIT_SUBJECT, packId, "status", PackStatus.COMPILED.label(),
                PackStatus.PAPERS_PUBLISHED.label(), "Cabinet papers for " + UkDates.format(
                        pack.toSummary().cabinetMeeting()) + (late && lateReason != null
                                ? "; published after the dispatch date of " + UkDates.format(dispatch) + ": "
                                        + lateReason.strip() : ""));
        return pack.toSummary();
    }

    PackSummary recordDecision(long packId, @Nullable CabinetDecision decision, @Nullable LocalDate meetingDate,
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
        requireDecidedOnThePapers(pack, meetingDate);
        decide(pack, decision, meetingDate, minute, null);
        return pack.toSummary();
    }

    PackSummary referBack(long packId, @Nullable LocalDate meetingDate, List<ReturnReferral> referrals,
            @Nullable String reason) {
        requireMeetingDate(meetingDate);
        Pack pack = awaitingDecision(packId);
        requireDecidedOnThePapers(pack, meetingDate);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("Reason", "Give a reason: it is kept in the audit trail and shown on the "
                    + "returns.");
        }
        events.publishEvent(new PackReturnsReopened(packId, pack.getQuarterId(), referrals,
                "Referred back by Cabinet: " + reason.strip(), username()));
        decide(pack, CabinetDecision.REFERRED_BACK, meetingDate, reason, reason);
        return pack.toSummary();
    }

    PackSummary publish(long packId) {
        Pack pack = inStatus(packId, PackStatus.DECIDED, "publish");
        if (pack.getDecision() == CabinetDecision.REFERRED_BACK) {
            throw new ConflictException("Cabinet referred this pack back, so it is not published: a new version "
                    + "follows once the reopened returns are signed off again.");
        }
        pack.publish(LocalDateTime.now(clock), username());
        events.publishEvent(new PackPublished(packId, pack.getQuarterId(), pack.toSummary().version()));
        audit.record(PackService.AUDIT_SUBJECT, packId, "status", PackStatus.DECIDED.label(),
                PackStatus.PUBLISHED.label(), null);
        return pack.toSummary();
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
        audit.record(PackService.AUDIT_SUBJECT, pack.getId(), "Cabinet decision", null, decision.label(), reason);
    }

    @Contract("null -> fail")
    private static void requireMeetingDate(@Nullable LocalDate meetingDate) {
        if (meetingDate == null) {
            throw InvalidInputException.of(MEETING_DATE, "Give the date of the Cabinet meeting.");
        }
    }

    /**
     * Cabinet decides at its meeting, on papers already public: not before the timetable's meeting, nor the papers,
     * and not after today (a decision is recorded after the meeting, never ahead of it).
     */
    private void requireDecidedOnThePapers(Pack pack, LocalDate decided) {
        LocalDate today = LocalDate.now(clock);
        if (decided.isAfter(today)) {
            throw InvalidInputException.of(MEETING_DATE, UkDates.format(decided) + " is still to come (today is "
                    + UkDates.format(today) + "): record Cabinet's decision after the meeting that made it.");
        }
        LocalDate meeting = meetingOf(pack);
        if (decided.isBefore(meeting)) {
            throw InvalidInputException.of(MEETING_DATE, "The quarter's timetable has the Cabinet meeting on "
                    + UkDates.format(meeting) + ", so Cabinet cannot have decided on " + UkDates.format(decided)
                    + ". Give the date of the meeting that decided.");
        }
        LocalDate papers = papersDayOf(pack);
        if (papers != null && decided.isBefore(papers)) {
            throw InvalidInputException.of(MEETING_DATE, "The Cabinet papers went public on "
                    + UkDates.format(papers) + ", so Cabinet cannot have decided on them on "
                    + UkDates.format(decided) + ". Give the date of the meeting that decided.");
        }
    }

    /** The Cabinet meeting in the pack's quarter's timetable. */
    private LocalDate meetingOf(Pack pack) {
        return quarters.get(pack.getQuarterId()).cabinetDate();
    }

    /** The day the pack's Cabinet papers went public, or null while they have not. */
    private static @Nullable LocalDate papersDayOf(Pack pack) {
        LocalDateTime papers = pack.toSummary().papersPublishedAt();
        return papers == null ? null : papers.toLocalDate();
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
