package uk.co.goldenthread.quarters;

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
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.quarters.domain.Quarter;
import uk.co.goldenthread.quarters.domain.QuarterRepository;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;
import uk.co.goldenthread.quarters.returns.ReturnAssembler;
import uk.co.goldenthread.quarters.workflow.QuarterProgress;

/**
 * Quarters: opening one (a return per AD Delivery and commissioning area, done by {@link QuarterOpening}), reading
 * them, and closing one early. What happens after the returns are signed off belongs to the pack, which hears
 * {@link QuarterSignedOff}. Permissions are checked here.
 */
@Service
@Transactional
public class QuarterService {

    /** The field where the Performance Team says why a quarter opens without some measures or intentions. */
    public static final String NOWHERE_REASON = "Reason for opening without them";

    private final QuarterRepository quarters;
    private final QuarterlyReturnRepository returns;
    private final QuarterOpening opening;
    private final ReturnAssembler assembler;
    private final QuarterProgress progress;
    private final AuditLog audit;
    private final Clock clock;

    QuarterService(QuarterRepository quarters, QuarterlyReturnRepository returns, QuarterOpening opening,
            ReturnAssembler assembler, QuarterProgress progress, AuditLog audit, Clock clock) {
        this.quarters = quarters;
        this.returns = returns;
        this.opening = opening;
        this.assembler = assembler;
        this.progress = progress;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens a quarter: one return per AD Delivery and commissioning area holding the measures and intentions routed to
     * it, and the quarter's workflow with one return route each. Refused while a measure or intention would go to no
     * return; all or nothing; opens once.
     */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public QuarterSummary open(OpenQuarterRequest request) {
        return open(request, null);
    }

    /**
     * Opens a quarter as {@link #open(OpenQuarterRequest)}, and when some measures or intentions would go to no
     * return, opens it without them for the reason given, which the audit trail keeps with their codes.
     */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public QuarterSummary open(OpenQuarterRequest request, @Nullable String reasonForNowhere) {
        // from the returns just written: a query for them would first make Hibernate look over every entity the
        // open holds (the framework's measures and targets, the returns and their lines) for changes to flush
        QuarterOpening.Opened opened = opening.open(request, reasonForNowhere);
        return summary(opened.quarter(), opened.returns());
    }

    /** A dry run of opening: every active measure and intention, and which return it would go to, or why none. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public OpeningPreview preview(FinancialQuarter period) {
        return opening.preview(period);
    }

    /** A timetable proposed backwards from the Cabinet meeting in working days, for the Performance Team to adjust. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public Timetable proposeTimetable(LocalDate cabinetDate) {
        return opening.proposeTimetable(cabinetDate);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<QuarterSummary> list() {
        return quarters.findAllByOrderByFinancialYearDescQuarterNumberDesc().stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public QuarterSummary get(long quarterId) {
        return summary(find(quarterId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public List<ReturnSummary> returnsOf(long quarterId) {
        return returns.findByQuarterIdOrderById(quarterId).stream().map(assembler::summary).toList();
    }

    /** Every return of a quarter in full: what a pack is compiled from. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public List<ReturnDetails> returnDetailsOf(long quarterId) {
        return returns.findByQuarterIdOrderById(quarterId).stream().map(assembler::details).toList();
    }

    /**
     * Closes an open quarter before every return is signed off: the others are marked missing, the quarter's workflow
     * ends, and {@link QuarterSignedOff} (closed early) tells the pack, which lists them as missing.
     */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public QuarterSummary closeEarly(long quarterId, @Nullable String reason) {
        String why = requireReason(reason);
        Quarter quarter = find(quarterId);
        if (quarter.getStatus() != QuarterStatus.OPEN) {
            throw new ConflictException("Only an open quarter can be closed early: " + quarter.getPeriod().label()
                    + " is at '" + quarter.getStatus().label() + "'.");
        }
        List<String> missing = new ArrayList<>();
        List<Long> open = new ArrayList<>();
        for (QuarterlyReturn ret : returns.findByQuarterIdOrderById(quarterId)) {
            if (ret.getStatus().isInProgress()) {
                open.add(ret.getId());
                audit.record(ReturnService.AUDIT_SUBJECT, ret.getId(), "status", ret.getStatus().label(),
                        ReturnStatus.MISSING.label(), why);
                ret.setStatus(ReturnStatus.MISSING);
                ReturnSummary summary = assembler.summary(ret);
                missing.add(summary.areaName() + " (" + summary.adDeliveryName() + ")");
            }
        }
        audit.record(QuarterProgress.AUDIT_SUBJECT, quarterId, "status", quarter.getStatus().label(),
                QuarterStatus.CLOSED_EARLY.label(), why + ". Missing: " + String.join("; ", missing));
        quarter.closeEarly(why, LocalDateTime.now(clock));
        returns.flush();
        progress.closedEarly(quarter, open);
        return summary(quarter);
    }

    private static String requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("Reason", "Give a reason: it is kept in the audit trail and shown on the returns.");
        }
        return reason.strip();
    }

    private Quarter find(long quarterId) {
        return quarters.findById(quarterId)
                .orElseThrow(() -> new DomainException("There is no quarter with id " + quarterId + "."));
    }

    private QuarterSummary summary(Quarter q) {
        return summary(q, returns.findByQuarterIdOrderById(q.getId()));
    }

    private static QuarterSummary summary(Quarter q, List<QuarterlyReturn> its) {
        int signedOff = (int) its.stream().filter(r -> r.getStatus().isSignedOff()).count();
        return new QuarterSummary(q.getId(), q.getPeriod(), q.getStatus(), q.getSubmissionDue(), q.getReviewDue(),
                q.getSignOffDue(), q.getPackCompileDue(), q.getPublicationDate(), q.getCabinetDate(), its.size(), signedOff,
                q.isClosedEarly());
    }
}
