package uk.co.goldenthread.quarters.workflow;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.quarters.PackCompiled;
import uk.co.goldenthread.quarters.PackPublished;
import uk.co.goldenthread.quarters.PackReturnsReopened;
import uk.co.goldenthread.quarters.QuarterStatus;
import uk.co.goldenthread.quarters.ReturnReferral;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.domain.Quarter;
import uk.co.goldenthread.quarters.domain.QuarterRepository;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;

/**
 * What the pack's events mean for the returns. Each return's final status is written here, once per event: 'Included
 * in pack' when a version is compiled (signed-off returns only), 'Published' when it is published. Heard in the
 * pack's own transaction (plain listeners, not after commit), so a pack and its returns never disagree, and a
 * refused reopening leaves the pack's decision unrecorded too.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PackOutcomes {

    private final QuarterRepository quarters;
    private final QuarterlyReturnRepository returns;
    private final ReturnReopening reopening;
    private final ReturnCopies copies;
    private final AuditLog audit;

    PackOutcomes(QuarterRepository quarters, QuarterlyReturnRepository returns, ReturnReopening reopening,
            ReturnCopies copies, AuditLog audit) {
        this.quarters = quarters;
        this.returns = returns;
        this.reopening = reopening;
        this.copies = copies;
        this.audit = audit;
    }

    @EventListener
    void on(PackCompiled event) {
        become(event.quarterId(), ReturnStatus.SIGNED_OFF, ReturnStatus.INCLUDED_IN_PACK,
                "Version " + event.version() + " of the pack");
    }

    @EventListener
    void on(PackPublished event) {
        become(event.quarterId(), ReturnStatus.INCLUDED_IN_PACK, ReturnStatus.PUBLISHED,
                "Version " + event.version() + " of the pack");
        copies.discard(event.quarterId());
    }

    @EventListener
    void on(PackReturnsReopened event) {
        if (event.referrals().isEmpty()) {
            throw InvalidInputException.of("Returns", "Name the returns that go back through their route.");
        }
        Quarter quarter = quarters.findById(event.quarterId())
                .orElseThrow(() -> new DomainException("There is no quarter with id " + event.quarterId() + "."));
        if (quarter.getStatus() != QuarterStatus.SIGNED_OFF && quarter.getStatus() != QuarterStatus.CLOSED_EARLY) {
            throw new ConflictException("Returns can be reopened only once every return of " + quarter.getPeriod()
                    .label() + " is done with: it is at '" + quarter.getStatus().label() + "'. Nothing was changed.");
        }
        for (ReturnReferral referral : event.referrals()) {
            QuarterlyReturn ret = returns.findById(referral.returnId())
                    .filter(r -> r.getQuarter().getId() == quarter.getId())
                    .orElseThrow(() -> new DomainException("Return " + referral.returnId() + " is not one of "
                            + quarter.getPeriod().label() + "."));
            reopening.reopen(ret, referral.reopenAt(), event.reason(), event.by());
        }
        audit.record(QuarterProgress.AUDIT_SUBJECT, quarter.getId(), "status", quarter.getStatus().label(),
                QuarterStatus.REFERRED_BACK.label(), event.reason());
        quarter.setStatus(QuarterStatus.REFERRED_BACK);
    }

    private void become(long quarterId, ReturnStatus from, ReturnStatus to, String why) {
        List<QuarterlyReturn> its = returns.findByQuarterIdOrderById(quarterId);
        for (QuarterlyReturn ret : its) {
            if (ret.getStatus() == from) {
                audit.record(ReturnService.AUDIT_SUBJECT, ret.getId(), "status", from.label(), to.label(), why);
                ret.setStatus(to);
            }
        }
    }
}
