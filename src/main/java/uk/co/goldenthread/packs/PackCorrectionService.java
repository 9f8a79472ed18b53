package uk.co.goldenthread.packs;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.NoSuchRecordException;
import uk.co.goldenthread.packs.CommentaryCorrection.Commentary;
import uk.co.goldenthread.packs.domain.Pack;
import uk.co.goldenthread.packs.domain.PackCorrection;
import uk.co.goldenthread.packs.domain.PackCorrectionRepository;
import uk.co.goldenthread.packs.domain.PackRepository;
import uk.co.goldenthread.packs.domain.ReturnsCorrectionRepository;
import uk.co.goldenthread.packs.snapshot.PackSnapshot;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.quarters.PackCompiled;
import uk.co.goldenthread.quarters.PackPublished;

/**
 * A typo in a published pack's commentary, corrected by two people: a member of the Performance Team proposes the
 * corrected wording with a reason and a change note, and a second member (never the same person) approves it; the
 * approval publishes the next version, made from the published version's own snapshot, with the note on the public
 * page. Every step is audited; a refusal changes nothing.
 */
@Service
@Transactional
public class PackCorrectionService {

    private final PackRepository packs;
    private final PackCorrectionRepository corrections;
    private final ReturnsCorrectionRepository throughReturns;
    private final PackCompiler compiler;
    private final PeopleService people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PackCorrectionService(PackRepository packs, PackCorrectionRepository corrections,
            ReturnsCorrectionRepository throughReturns, PackCompiler compiler, PeopleService people, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.packs = packs;
        this.corrections = corrections;
        this.throughReturns = throughReturns;
        this.compiler = compiler;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Proposes the correction; it waits for a second member of the Performance Team. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public CorrectionSummary propose(long packId, CommentaryCorrection form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(form.measureCode()) || blank(form.commissioningArea()) || form.commentary() == null) {
            errors.put(CommentaryCorrection.MEASURE, "Choose the measure line and whose commentary to correct.");
        }
        if (blank(form.newText())) {
            errors.put(CommentaryCorrection.TEXT, "Give the corrected commentary.");
        }
        if (blank(form.reason())) {
            errors.put(CommentaryCorrection.REASON, "Give the reason for the correction: the audit trail keeps it.");
        }
        if (blank(form.changeNote())) {
            errors.put(CommentaryCorrection.NOTE, "Say what the correction changes: the public page shows it.");
        }
        if (!errors.isEmpty() || form.measureCode() == null || form.commissioningArea() == null
                || form.commentary() == null || form.newText() == null || form.reason() == null || form.changeNote() == null) {
            throw new InvalidInputException(errors); // a null is blank, so it is among the errors
        }
        String code = form.measureCode().strip();
        String area = form.commissioningArea().strip();
        Pack pack = latestPublished(packId);
        corrections.findByPackIdAndStatus(packId, CorrectionStatus.PROPOSED).stream().findFirst().ifPresent(open -> {
            throw new ConflictException("A correction of this version is already waiting for approval (proposed by "
                    + name(open.getProposedBy()) + "): approve or reject it first.");
        });
        PackSnapshot.Measure measure = compiler.snapshotOf(pack).measures().stream()
                .filter(m -> m.code().equals(code) && m.commissioningArea().equals(area))
                .findFirst().orElseThrow(() -> InvalidInputException.of(CommentaryCorrection.MEASURE,
                        code + " (" + area + ") is not in version "
                                + pack.toSummary().version() + " of the pack."));
        String old = form.commentary() == Commentary.DELIVERY ? measure.deliveryCommentary()
                : measure.commissioningCommentary();
        String text = form.newText().strip();
        if (text.equals(old == null ? null : old.strip())) {
            throw InvalidInputException.of(CommentaryCorrection.TEXT, "That is the commentary as published: there is "
                    + "nothing to correct.");
        }
        PackCorrection c = corrections.save(new PackCorrection(packId, measure.code(), measure.commissioningArea(),
                form.commentary(), old, text, form.reason().strip(), form.changeNote().strip(), username(),
                LocalDateTime.now(clock)));
        audit.record(PackService.AUDIT_SUBJECT, packId, "Correction proposed: " + describe(c), old, text,
                c.getReason() + "; change note: " + c.getChangeNote());
        return summary(c);
    }

    /**
     * A second member of the Performance Team approves: the next version is compiled from the published one's
     * snapshot with the corrected words, and published at once with the change note.
     */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary approve(long correctionId) {
        PackCorrection c = proposed(correctionId, "approve");
        String me = username();
        if (c.getProposedBy().equals(me)) {
            throw new ConflictException("A second member of the Performance Team must approve this correction: you "
                    + "proposed it. Nothing was changed.");
        }
        Pack published = latestPublished(c.getPackId());
        Pack pack = compiler.correctCommentary(published, c, me);
        LocalDateTime now = LocalDateTime.now(clock);
        pack.publishPapers(now, me);
        pack.copyDecision(published);
        events.publishEvent(new PackCompiled(pack.getId(), pack.getQuarterId(), pack.toSummary().version()));
        pack.publish(now, me);
        events.publishEvent(new PackPublished(pack.getId(), pack.getQuarterId(), pack.toSummary().version()));
        c.approve(me, now, pack.getId());
        audit.record(PackService.AUDIT_SUBJECT, c.getPackId(), "Correction proposed: " + describe(c),
                CorrectionStatus.PROPOSED.label(), CorrectionStatus.APPROVED.label(), "Published as version "
                        + pack.toSummary().version());
        audit.record(PackService.AUDIT_SUBJECT, pack.getId(), "status", null, PackStatus.PUBLISHED.label(),
                "Correction of version " + published.toSummary().version() + ": " + c.getChangeNote() + " ("
                        + describe(c) + "; proposed by " + name(c.getProposedBy()) + ", approved by "
                        + name(me) + ")");
        return pack.toSummary();
    }

    /** Rejects a proposed correction, with a reason; nothing is published. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public CorrectionSummary reject(long correctionId, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of(CommentaryCorrection.REASON, "Give the reason for rejecting the correction.");
        }
        PackCorrection c = proposed(correctionId, "reject");
        c.reject(username(), LocalDateTime.now(clock));
        audit.record(PackService.AUDIT_SUBJECT, c.getPackId(), "Correction proposed: " + describe(c),
                CorrectionStatus.PROPOSED.label(), CorrectionStatus.REJECTED.label(), reason.strip());
        return summary(c);
    }

    /** The corrections of a version waiting for a second member of the Performance Team. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public List<CorrectionSummary> waiting(long packId) {
        return corrections.findByPackIdAndStatus(packId, CorrectionStatus.PROPOSED).stream()
                .map(PackCorrectionService::summary).toList();
    }

    private PackCorrection proposed(long correctionId, String action) {
        PackCorrection c = corrections.findById(correctionId).orElseThrow(() -> new NoSuchRecordException(
                "There is no correction " + correctionId + "."));
        if (c.getStatus() != CorrectionStatus.PROPOSED) {
            throw new ConflictException("You cannot " + action + " this correction: it is '" + c.getStatus().label()
                    + "'.");
        }
        return c;
    }

    /** Only the latest version, once published, is corrected. */
    private Pack latestPublished(long packId) {
        Pack pack = packs.findById(packId).orElseThrow(() -> new NoSuchRecordException("There is no pack " + packId
                + "."));
        if (pack.getStatus() != PackStatus.PUBLISHED) {
            throw new ConflictException("Only a published pack is corrected this way: this one is '"
                    + pack.getStatus().label() + "'. Nothing was changed.");
        }
        Pack latest = packs.findFirstByQuarterIdOrderByVersionNumberDesc(pack.getQuarterId()).orElseThrow();
        if (latest.getId() != pack.getId()) {
            throw new ConflictException("Version " + latest.toSummary().version() + " is the latest: correct that one.");
        }
        if (!throughReturns.findByQuarterIdAndStatusIn(pack.getQuarterId(), List.of(ReturnsCorrectionStatus.OPEN,
                ReturnsCorrectionStatus.COMPILED)).isEmpty()) {
            throw new ConflictException("A correction of " + pack.getPeriod().label() + " is already open, through "
                    + "its returns: it is published before another starts. Nothing was changed.");
        }
        return pack;
    }

    private static String describe(PackCorrection c) {
        return c.getMeasureCode() + " (" + c.getCommissioningArea() + ") " + c.getCommentary().label();
    }

    private static CorrectionSummary summary(PackCorrection c) {
        return new CorrectionSummary(c.getId(), c.getPackId(), c.getMeasureCode(), c.getCommissioningArea(),
                c.getCommentary(), c.getOldText(), c.getNewText(), c.getReason(), c.getChangeNote(), c.getStatus(),
                c.getProposedBy(), c.getDecidedBy(), c.getResultPackId());
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private String name(String username) {
        return people.findByUsername(username).map(p -> p.fullName()).orElse(username);
    }

    private String username() {
        return people.currentPerson().username();
    }
}
