package uk.co.goldenthread.quarters.workflow;

import java.util.List;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.quarters.QuarterStatus;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.domain.Quarter;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;

/**
 * Moves a quarter on when its last return is signed off: an open quarter's workflow moves on by itself at the same
 * moment; a quarter whose returns Cabinet referred back is told so by a message (processes/quarter-cycle.bpmn20.xml).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class QuarterProgress {

    public static final String AUDIT_SUBJECT = "Quarter";
    public static final String CLOSED_EARLY_MESSAGE = "quarterClosedEarly";
    public static final String REFERRED_RETURNS_SIGNED_OFF_MESSAGE = "referredReturnsSignedOff";

    private final QuarterlyReturnRepository returns;
    private final RuntimeService runtime;
    private final AuditLog audit;

    QuarterProgress(QuarterlyReturnRepository returns, RuntimeService runtime, AuditLog audit) {
        this.returns = returns;
        this.runtime = runtime;
        this.audit = audit;
    }

    public void returnSignedOff(Quarter quarter) {
        List<QuarterlyReturn> its = returns.findByQuarterIdOrderById(quarter.getId());
        if (its.stream().anyMatch(r -> r.getStatus().isInProgress())) {
            return;
        }
        if (quarter.getStatus() == QuarterStatus.OPEN) {
            moveOn(quarter, QuarterStatus.SIGNED_OFF);
        } else if (quarter.getStatus() == QuarterStatus.REFERRED_BACK) {
            moveOn(quarter, its.stream().anyMatch(r -> r.getStatus() == ReturnStatus.MISSING)
                    ? QuarterStatus.CLOSED_EARLY : QuarterStatus.SIGNED_OFF);
            correlate(quarter, REFERRED_RETURNS_SIGNED_OFF_MESSAGE);
        }
    }

    /** Delivers a message to the quarter's workflow, which must be waiting for it. */
    public void correlate(Quarter quarter, String message) {
        Execution waiting = runtime.createExecutionQuery().processInstanceId(quarter.getProcessInstanceId())
                .messageEventSubscriptionName(message).singleResult();
        if (waiting == null) {
            throw new IllegalStateException("The workflow of " + quarter.getPeriod().label() + " is not waiting for "
                    + message + " although the quarter is at " + quarter.getStatus());
        }
        runtime.messageEventReceived(message, waiting.getId());
    }

    private void moveOn(Quarter quarter, QuarterStatus status) {
        audit.record(AUDIT_SUBJECT, quarter.getId(), "status", quarter.getStatus().label(), status.label(), null);
        quarter.setStatus(status);
    }
}
