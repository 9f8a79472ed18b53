package uk.co.goldenthread.quarters;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditChange;
import uk.co.goldenthread.audit.AuditCsv;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.NoSuchRecordException;
import uk.co.goldenthread.base.NotAllowedException;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;
import uk.co.goldenthread.quarters.returns.ReturnAssembler;
import uk.co.goldenthread.quarters.workflow.ReturnAccess;

/** A return's audit trail, oldest first, for the people who may open the return and for auditors. */
@Service
@Transactional(readOnly = true)
public class ReturnHistory {

    private final QuarterlyReturnRepository returns;
    private final ReturnAccess access;
    private final ReturnAssembler assembler;
    private final PeopleService people;
    private final AuditLog audit;

    ReturnHistory(QuarterlyReturnRepository returns, ReturnAccess access, ReturnAssembler assembler,
            PeopleService people, AuditLog audit) {
        this.returns = returns;
        this.access = access;
        this.assembler = assembler;
        this.people = people;
        this.audit = audit;
    }

    /** Every change to the return: who, on whose behalf, when, what was and what became, and why. */
    public List<AuditChange> of(long returnId) {
        QuarterlyReturn ret = returns.findById(returnId)
                .orElseThrow(() -> new NoSuchRecordException("There is no return with id " + returnId + "."));
        if (!access.mayRead(ret, people.currentPerson())) {
            throw new NotAllowedException("You are not on the route of this return, so you cannot see its history.");
        }
        return audit.history(ReturnService.AUDIT_SUBJECT, returnId).stream().map(r -> r.readable(assembler::nameOf))
                .toList();
    }

    /** The same history as CSV (UTF-8 with a byte-order mark, for Excel). */
    public byte[] csv(long returnId) {
        return AuditCsv.write(of(returnId));
    }
}
