package uk.co.goldenthread.quarters;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.quarters.domain.Quarter;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;

/** Moves a quarter on when its last return is signed off (the workflow moves on by itself at the same moment). */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class QuarterProgress {

    static final String AUDIT_SUBJECT = "Quarter";

    private final QuarterlyReturnRepository returns;
    private final AuditLog audit;

    QuarterProgress(QuarterlyReturnRepository returns, AuditLog audit) {
        this.returns = returns;
        this.audit = audit;
    }

    void returnSignedOff(Quarter quarter) {
        boolean allSignedOff = returns.findByQuarterIdOrderById(quarter.getId()).stream()
                .allMatch(r -> r.getStatus() == ReturnStatus.SIGNED_OFF);
        if (allSignedOff && quarter.getStatus() == QuarterStatus.OPEN) {
            audit.record(AUDIT_SUBJECT, quarter.getId(), "status", quarter.getStatus().label(),
                    QuarterStatus.SIGNED_OFF.label(), null);
            quarter.setStatus(QuarterStatus.SIGNED_OFF);
        }
    }
}
