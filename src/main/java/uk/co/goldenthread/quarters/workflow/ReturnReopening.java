package uk.co.goldenthread.quarters.workflow;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.quarters.ReopenStep;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;

/**
 * Reopens a return Cabinet referred back, or one a correction of the published pack sent back: a new Quarterly return
 * workflow for it, at the AD Delivery's step or moved on to the AD Commissioning's, and its status set back to match,
 * in the caller's transaction. What it held is kept ({@link ReturnCopies}) until the next version is published.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ReturnReopening {

    private final ReturnProcesses processes;
    private final ReturnCopies copies;
    private final AuditLog audit;
    private final Clock clock;

    ReturnReopening(ReturnProcesses processes, ReturnCopies copies, AuditLog audit, Clock clock) {
        this.processes = processes;
        this.copies = copies;
        this.audit = audit;
        this.clock = clock;
    }

    public void reopen(QuarterlyReturn ret, ReopenStep step, String reason, String by) {
        if (!ret.getStatus().isSignedOff() && ret.getStatus() != ReturnStatus.MISSING) {
            throw new ConflictException("A return that is " + ret.getStatus().label().toLowerCase()
                    + " is still on its route, so it cannot be reopened. Nothing was changed.");
        }
        if (ret.getStatus() == ReturnStatus.MISSING && step == ReopenStep.AD_COMMISSIONING) {
            throw InvalidInputException.of("Reopen at", "A missing return was never submitted: reopen it with its "
                    + "AD Delivery.");
        }
        copies.take(ret); // what the published version holds, for a correction that is withdrawn
        audit.record(ReturnService.AUDIT_SUBJECT, ret.getId(), "status", ret.getStatus().label(), step.status().label(),
                reason);
        ret.markReturned(step.status(), reason, by, LocalDateTime.now(clock));
        // The return's route starts at the step Cabinet named (the BPMN's "Where does it start?" gateway)
        processes.start(ret.getId(), step == ReopenStep.AD_COMMISSIONING ? ReturnStep.REVIEW : ReturnStep.COMPLETE);
    }
}
