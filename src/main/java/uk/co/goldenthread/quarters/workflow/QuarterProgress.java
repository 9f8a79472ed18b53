package uk.co.goldenthread.quarters.workflow;

import java.util.Collection;
import java.util.List;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.quarters.QuarterSignedOff;
import uk.co.goldenthread.quarters.QuarterStatus;
import uk.co.goldenthread.quarters.ReferredReturnsSignedOff;
import uk.co.goldenthread.quarters.ReturnSignedOff;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.domain.Quarter;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;

/**
 * Moves a quarter on when a return is signed off, and says so in past-tense events: {@link ReturnSignedOff} each time;
 * {@link QuarterSignedOff} when the last return of an open quarter is signed off (its workflow, processes/quarter-cycle.bpmn20.xml,
 * is moved on to its end at the same moment); {@link ReferredReturnsSignedOff} when the last of the returns a
 * pack reopened is signed off again. The events go out when the transaction commits (Spring Modulith listeners).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class QuarterProgress {

    public static final String AUDIT_SUBJECT = "Quarter";
    public static final String CLOSED_EARLY_MESSAGE = "quarterClosedEarly";
    /** Where the quarter's workflow waits for its returns (quarters opened under its earlier definition wait elsewhere). */
    static final String RETURNS_IN_PROGRESS = "returnsInProgress";

    private final QuarterlyReturnRepository returns;
    private final RuntimeService runtime;
    private final ReturnProcesses processes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    QuarterProgress(QuarterlyReturnRepository returns, RuntimeService runtime, ReturnProcesses processes, AuditLog audit,
            ApplicationEventPublisher events) {
        this.returns = returns;
        this.runtime = runtime;
        this.processes = processes;
        this.audit = audit;
        this.events = events;
    }

    public void returnSignedOff(QuarterlyReturn signedOff) {
        Quarter quarter = signedOff.getQuarter();
        events.publishEvent(new ReturnSignedOff(quarter.getId(), signedOff.getId()));
        List<QuarterlyReturn> its = returns.findByQuarterIdOrderById(quarter.getId());
        if (its.stream().anyMatch(r -> r.getStatus().isInProgress())) {
            return;
        }
        if (quarter.getStatus() == QuarterStatus.OPEN) {
            moveOn(quarter, QuarterStatus.SIGNED_OFF);
            allSignedOff(quarter);
            events.publishEvent(new QuarterSignedOff(quarter.getId(), false));
        } else if (quarter.getStatus() == QuarterStatus.REFERRED_BACK) {
            moveOn(quarter, its.stream().anyMatch(r -> r.getStatus() == ReturnStatus.MISSING)
                    ? QuarterStatus.CLOSED_EARLY : QuarterStatus.SIGNED_OFF);
            events.publishEvent(new ReferredReturnsSignedOff(quarter.getId()));
        }
    }

    /** Closes the quarter's workflow early: the open returns' routes (these returns') are ended and the workflow ends. */
    public void closedEarly(Quarter quarter, Collection<Long> openReturnIds) {
        correlate(quarter, CLOSED_EARLY_MESSAGE);
        processes.end(openReturnIds, "Quarter closed early");
        events.publishEvent(new QuarterSignedOff(quarter.getId(), true));
    }

    /**
     * Moves the quarter's workflow on from waiting for its returns. One opened under the workflow's earlier definition
     * calls the returns' processes itself, and has ended with the last of them.
     */
    private void allSignedOff(Quarter quarter) {
        Execution waiting = runtime.createExecutionQuery().processInstanceId(quarter.getProcessInstanceId())
                .activityId(RETURNS_IN_PROGRESS).singleResult();
        if (waiting != null) {
            runtime.trigger(waiting.getId());
        }
    }

    /** Delivers a message to the quarter's workflow, which must be waiting for it. */
    private void correlate(Quarter quarter, String message) {
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
