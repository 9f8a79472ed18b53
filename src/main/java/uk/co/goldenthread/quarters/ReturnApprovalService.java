package uk.co.goldenthread.quarters;

import java.util.Map;
import org.flowable.task.api.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.NotAllowedException;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.returns.ReturnAssembler;
import uk.co.goldenthread.quarters.returns.ReturnMeasures;
import uk.co.goldenthread.quarters.workflow.QuarterProgress;
import uk.co.goldenthread.quarters.workflow.ReturnAccess.Acting;
import uk.co.goldenthread.quarters.workflow.ReturnStep;

/**
 * A submitted return's review and sign-off: the AD Commissioning approves it or returns it with a reason, the
 * Strategic Director signs it off or returns it with a reason. Every step completes the return's workflow task in the
 * same transaction as the change, and is audited; nobody approves or signs off what they submitted. Each is one call
 * and one transaction, giving the screen to show next.
 */
@Service
@Transactional
public class ReturnApprovalService {

    private static final String AUDIT_SUBJECT = ReturnService.AUDIT_SUBJECT;

    private final ReturnAssembler assembler;
    private final ReturnGuard guard;
    private final QuarterProgress progress;
    private final AuditLog audit;
    private final ReturnLineEditor editor;
    private final ReturnPages pages;

    ReturnApprovalService(ReturnAssembler assembler, ReturnGuard guard, QuarterProgress progress,
            AuditLog audit, ReturnLineEditor editor, ReturnPages pages) {
        this.assembler = assembler;
        this.guard = guard;
        this.progress = progress;
        this.audit = audit;
        this.editor = editor;
        this.pages = pages;
    }

    /** The AD Commissioning (or the next person up) approves a submitted return; nobody approves what they submitted. */
    @PreAuthorize("hasAnyRole('AD_COMMISSIONING', 'STRATEGIC_DIRECTOR', 'PERFORMANCE_TEAM')")
    public ReturnPage approve(long returnId, long version) {
        return approve(returnId, version, Map.of());
    }

    /**
     * Approves with the commentary typed on the return's KBMs (keyed by line), saved in the same transaction; gives
     * the screen to show next.
     */
    @PreAuthorize("hasAnyRole('AD_COMMISSIONING', 'STRATEGIC_DIRECTOR', 'PERFORMANCE_TEAM')")
    public ReturnPage approve(long returnId, long version, Map<Long, String> commissioningCommentary) {
        QuarterlyReturn ret = guard.findInStatus(returnId, version, "approve", ReturnStatus.SUBMITTED,
                ReturnStatus.RETURNED_TO_COMMISSIONING);
        Acting acting = guard.myTask(ret, ReturnStep.REVIEW, "approve");
        guard.refuseOwnSubmission(ret, "approve");
        ReturnMeasures measures = assembler.measuresOf(ret);
        editor.applyCommissioningCommentary(ret, measures, commissioningCommentary, acting.onBehalfOf());
        audit.record(AUDIT_SUBJECT, returnId, "status", ret.getStatus().label(), ReturnStatus.APPROVED.label(), null,
                acting.onBehalfOf());
        ret.markApproved(guard.currentUsername());
        guard.save(ret);
        return pages.page(ret, measures, complete(acting, "approved"));
    }

    /** The AD Commissioning sends a submitted return back to the AD Delivery; the reason is required. */
    @PreAuthorize("hasAnyRole('AD_COMMISSIONING', 'STRATEGIC_DIRECTOR', 'PERFORMANCE_TEAM')")
    public ReturnPage returnToDelivery(long returnId, long version, @Nullable String reason) {
        return returnToDelivery(returnId, version, Map.of(), reason);
    }

    /** The same, saving the commentary typed on the return's KBMs (keyed by line) in the same transaction. */
    @PreAuthorize("hasAnyRole('AD_COMMISSIONING', 'STRATEGIC_DIRECTOR', 'PERFORMANCE_TEAM')")
    public ReturnPage returnToDelivery(long returnId, long version, Map<Long, String> commissioningCommentary,
            @Nullable String reason) {
        return sendBack(returnId, version, reason, commissioningCommentary, ReturnStep.REVIEW,
                ReturnStatus.RETURNED_TO_DELIVERY, ReturnStatus.SUBMITTED, ReturnStatus.RETURNED_TO_COMMISSIONING);
    }

    /** The Strategic Director (or the next person up) signs off an approved return, unless they submitted or approved it. */
    @PreAuthorize("hasAnyRole('STRATEGIC_DIRECTOR', 'PERFORMANCE_TEAM')")
    public ReturnPage signOff(long returnId, long version) {
        QuarterlyReturn ret = guard.findInStatus(returnId, version, "sign off", ReturnStatus.APPROVED);
        Acting acting = guard.myTask(ret, ReturnStep.SIGN_OFF, "sign off");
        guard.refuseOwnSubmission(ret, "sign off");
        if (guard.currentUsername().equals(ret.getApprovedBy())) {
            throw new NotAllowedException("You approved this return, so someone else must sign it off.");
        }
        audit.record(AUDIT_SUBJECT, ret.getId(), "status", ret.getStatus().label(), ReturnStatus.SIGNED_OFF.label(),
                null, acting.onBehalfOf());
        ret.setStatus(ReturnStatus.SIGNED_OFF);
        guard.save(ret);
        Task next = complete(acting, "signedOff");
        progress.returnSignedOff(ret);
        return pages.page(ret, assembler.measuresOf(ret), next);
    }

    /** The Strategic Director sends an approved return back to the AD Commissioning; the reason is required. */
    @PreAuthorize("hasAnyRole('STRATEGIC_DIRECTOR', 'PERFORMANCE_TEAM')")
    public ReturnPage returnToCommissioning(long returnId, long version, @Nullable String reason) {
        return sendBack(returnId, version, reason, Map.of(), ReturnStep.SIGN_OFF,
                ReturnStatus.RETURNED_TO_COMMISSIONING, ReturnStatus.APPROVED);
    }

    /** Sends the return back one step, with the reason the receiver will see. */
    private ReturnPage sendBack(long returnId, long version, @Nullable String reason,
            Map<Long, String> commissioningCommentary, ReturnStep step, ReturnStatus to, ReturnStatus... from) {
        String why = requireReason(reason);
        QuarterlyReturn ret = guard.findInStatus(returnId, version, "return", from);
        Acting acting = guard.myTask(ret, step, "return");
        ReturnMeasures measures = assembler.measuresOf(ret);
        editor.applyCommissioningCommentary(ret, measures, commissioningCommentary, acting.onBehalfOf());
        ReturnStatus old = ret.getStatus();
        ret.markReturned(to, why, guard.currentUsername(), guard.now());
        audit.record(AUDIT_SUBJECT, returnId, "status", old.label(), ret.getStatus().label(), why, acting.onBehalfOf());
        guard.save(ret);
        return pages.page(ret, measures, complete(acting, "returned"));
    }

    /**
     * Completes the step's task with its outcome, which the process's gateway reads at once: a transient variable,
     * never written to Flowable's tables (an insert or update a step saved). Gives the return's next task, if any.
     */
    private @Nullable Task complete(Acting acting, String outcome) {
        return guard.complete(acting, Map.of("outcome", outcome));
    }

    private static String requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("Reason", "Give a reason: the person receiving the return will see it.");
        }
        return reason.strip();
    }
}
