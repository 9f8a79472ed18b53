package uk.co.goldenthread.packs;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
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
import uk.co.goldenthread.packs.domain.Pack;
import uk.co.goldenthread.packs.domain.PackRepository;
import uk.co.goldenthread.packs.domain.ReturnsCorrection;
import uk.co.goldenthread.packs.domain.ReturnsCorrectionRepository;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.quarters.PackCorrectionWithdrawn;
import uk.co.goldenthread.quarters.PackPublished;
import uk.co.goldenthread.quarters.PackReturnsReopened;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.ReopenStep;
import uk.co.goldenthread.quarters.ReturnReferral;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.ReturnSummary;

/**
 * A correction after publication that goes through the returns: the Performance Team opens it on the latest published
 * version with a change note and the affected returns, which go back to their AD Delivery and through review and
 * sign-off again; the next version is then compiled from them (PackService.compile, carrying the note) and published
 * here, standing on Cabinet's decision on the version it corrects. Every step is audited; a refusal changes nothing.
 */
@Service
@Transactional
public class ReturnsCorrectionService {

    public static final String NOTE = "Change note";
    public static final String RETURNS = "Returns to correct";
    public static final String WITHDRAWAL_REASON = "Reason for withdrawing";

    private final PackRepository packs;
    private final ReturnsCorrectionRepository corrections;
    private final PackCorrectionService typos;
    private final QuarterService quarters;
    private final PeopleService people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReturnsCorrectionService(PackRepository packs, ReturnsCorrectionRepository corrections,
            PackCorrectionService typos, QuarterService quarters, PeopleService people, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.packs = packs;
        this.corrections = corrections;
        this.typos = typos;
        this.quarters = quarters;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a correction of the latest published version: the chosen returns go back to their AD Delivery. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public ReturnsCorrectionSummary open(long packId, @Nullable String changeNote,
            @Nullable Collection<Long> returnIds) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (changeNote == null || changeNote.isBlank()) {
            errors.put(NOTE, "Say what the correction changes: the public page shows it.");
        }
        if (returnIds == null || returnIds.isEmpty()) {
            errors.put(RETURNS, "Choose the returns the correction sends back to their AD Delivery.");
        }
        if (!errors.isEmpty() || changeNote == null || returnIds == null) {
            throw new InvalidInputException(errors);
        }
        Pack pack = latestPublished(packId);
        String period = pack.getPeriod().label();
        if (!corrections.findByQuarterIdAndStatusIn(pack.getQuarterId(), open()).isEmpty()
                || !typos.waiting(packId).isEmpty()) {
            throw new ConflictException("A correction of " + period + " is already open: it is published, or "
                    + "rejected, before another starts. Nothing was changed.");
        }
        String note = changeNote.strip();
        int version = pack.toSummary().version();
        Map<Long, String> labels = new LinkedHashMap<>();
        quarters.returnsOf(pack.getQuarterId()).forEach(r -> labels.put(r.id(), label(r)));
        List<String> named = returnIds.stream().distinct().map(id -> labels.getOrDefault(id, "return " + id)).toList();
        // the quarters reopen the returns in this transaction, and refuse (so nothing changes) one not of this quarter
        events.publishEvent(new PackReturnsReopened(packId, pack.getQuarterId(), returnIds.stream().distinct()
                .map(id -> new ReturnReferral(id, ReopenStep.AD_DELIVERY)).toList(), "Correction of the published "
                        + "pack (version " + version + "): " + note, username()));
        ReturnsCorrection c = corrections.save(new ReturnsCorrection(packId, pack.getQuarterId(), note, named,
                username(), LocalDateTime.now(clock)));
        audit.record(PackService.AUDIT_SUBJECT, packId, "Correction through the returns", null,
                ReturnsCorrectionStatus.OPEN.label(), note + "; returns sent back: " + String.join(", ", named));
        return summary(c, version);
    }

    /**
     * Withdraws the quarter's open correction before its version is compiled: every return it sent back is put back as
     * the published version shows it (status, values, commentary, actions, progress), its route ended. Irreversible.
     */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary withdraw(long packId, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of(WITHDRAWAL_REASON, "Say why the correction is withdrawn: the audit trail "
                    + "of the pack and of each return keeps it.");
        }
        Pack pack = find(packId);
        String period = pack.getPeriod().label();
        ReturnsCorrection c = corrections.findByQuarterIdAndStatusIn(pack.getQuarterId(), open()).stream().findFirst()
                .orElseThrow(() -> new ConflictException("No correction of " + period + " is open, so there is "
                        + "nothing to withdraw. Nothing was changed."));
        Pack corrected = find(c.getPackId());
        int version = corrected.toSummary().version();
        if (c.getStatus() == ReturnsCorrectionStatus.COMPILED) {
            throw new ConflictException("Version " + (version + 1) + " is already compiled from the corrected returns "
                    + "and a compiled version cannot be undone: publish it, and correct it again if need be. Nothing "
                    + "was changed.");
        }
        String why = reason.strip();
        // the quarters put the returns back in this transaction: if one cannot be, the correction stays open
        events.publishEvent(new PackCorrectionWithdrawn(corrected.getId(), c.getQuarterId(), why, username()));
        c.withdrawn();
        audit.record(PackService.AUDIT_SUBJECT, corrected.getId(), "Correction through the returns",
                ReturnsCorrectionStatus.OPEN.label(), ReturnsCorrectionStatus.WITHDRAWN.label(), why
                        + " (correction \"" + c.getChangeNote() + "\"; returns put back as version " + version
                        + " published them: " + String.join(", ", c.getReturns()) + ")");
        return corrected.toSummary();
    }

    /**
     * Publishes the version compiled for a correction once its returns were signed off again: to Scrutiny and the
     * public pages at once, with the change note, on Cabinet's decision on the version it corrects.
     */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PackSummary publish(long packId) {
        Pack pack = find(packId);
        ReturnsCorrection c = corrections.findByResultPackId(packId).orElseThrow(() -> new ConflictException(
                "Version " + pack.toSummary().version() + " is not a correction: it goes to Cabinet as papers. "
                        + "Nothing was changed."));
        if (c.getStatus() != ReturnsCorrectionStatus.COMPILED || pack.getStatus() != PackStatus.COMPILED) {
            throw new ConflictException("Version " + pack.toSummary().version() + " is already published. Nothing "
                    + "was changed.");
        }
        Pack corrected = packs.findById(c.getPackId()).orElseThrow();
        String me = username();
        LocalDateTime now = LocalDateTime.now(clock);
        pack.publishPapers(now, me);
        pack.copyDecision(corrected);
        pack.publish(now, me);
        events.publishEvent(new PackPublished(pack.getId(), pack.getQuarterId(), pack.toSummary().version()));
        c.published();
        audit.record(PackService.AUDIT_SUBJECT, c.getPackId(), "Correction through the returns",
                ReturnsCorrectionStatus.COMPILED.label(), ReturnsCorrectionStatus.PUBLISHED.label(), "Published as "
                        + "version " + pack.toSummary().version());
        audit.record(PackService.AUDIT_SUBJECT, pack.getId(), "status", PackStatus.COMPILED.label(),
                PackStatus.PUBLISHED.label(), "Correction of version " + corrected.toSummary().version() + ": "
                        + c.getChangeNote() + " (returns sent back through their route: "
                        + String.join(", ", c.getReturns()) + ")");
        return pack.toSummary();
    }

    /** The quarter's correction not yet published, if one is open. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PERFORMANCE_TEAM', 'CABINET')")
    public @Nullable ReturnsCorrectionSummary openFor(long quarterId) {
        return corrections.findByQuarterIdAndStatusIn(quarterId, open()).stream().findFirst()
                .map(c -> summary(c, packs.findById(c.getPackId()).orElseThrow().toSummary().version()))
                .orElse(null);
    }

    /** The returns a correction of the pack's quarter may send back: those in the published version, or missing. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public List<ReturnSummary> returnsToChooseFrom(long packId) {
        Pack pack = find(packId);
        return quarters.returnsOf(pack.getQuarterId()).stream()
                .filter(r -> r.status().isSignedOff() || r.status() == ReturnStatus.MISSING)
                .toList();
    }

    /** Only the latest version, once published, is corrected. */
    private Pack latestPublished(long packId) {
        Pack pack = find(packId);
        if (pack.getStatus() != PackStatus.PUBLISHED) {
            throw new ConflictException("Only a published pack is corrected this way: this one is '"
                    + pack.getStatus().label() + "'. Nothing was changed.");
        }
        Pack latest = packs.findFirstByQuarterIdOrderByVersionNumberDesc(pack.getQuarterId()).orElseThrow();
        if (latest.getId() != pack.getId()) {
            throw new ConflictException("Version " + latest.toSummary().version() + " is the latest: correct that one. "
                    + "Nothing was changed.");
        }
        return pack;
    }

    private Pack find(long packId) {
        return packs.findById(packId).orElseThrow(() -> new NoSuchRecordException("There is no pack " + packId + "."));
    }

    /** "Strategic Finance (James Lewis)": how a return is named on the form and in the audit trail. */
    public static String label(ReturnSummary r) {
        return r.areaName() + " (" + r.adDeliveryName() + ")";
    }

    private static List<ReturnsCorrectionStatus> open() {
        return List.of(ReturnsCorrectionStatus.OPEN, ReturnsCorrectionStatus.COMPILED);
    }

    private static ReturnsCorrectionSummary summary(ReturnsCorrection c, int correctedVersion) {
        return new ReturnsCorrectionSummary(c.getId(), c.getPackId(), c.getQuarterId(), correctedVersion,
                c.getChangeNote(), c.getReturns(), c.getStatus(), c.getOpenedBy(), c.getOpenedAt(),
                c.getResultPackId());
    }

    private String username() {
        return people.currentPerson().username();
    }
}
