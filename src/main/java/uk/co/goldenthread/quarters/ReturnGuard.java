package uk.co.goldenthread.quarters;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.flowable.task.api.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.NoSuchRecordException;
import uk.co.goldenthread.base.NotAllowedException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;
import uk.co.goldenthread.quarters.domain.ReturnLine;
import uk.co.goldenthread.quarters.returns.ReturnAssembler;
import uk.co.goldenthread.quarters.workflow.ReturnAccess;
import uk.co.goldenthread.quarters.workflow.ReturnAccess.Acting;
import uk.co.goldenthread.quarters.workflow.ReturnStep;

/**
 * The checks every change to a return passes, inside its service's transaction: it exists, it is at the right status
 * and step for the signed-in person, and nobody changed it since they read it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ReturnGuard {

    private final QuarterlyReturnRepository returns;
    private final SignedInPerson me;
    private final ReturnAssembler assembler;
    private final ReturnAccess access;
    private final Clock clock;

    ReturnGuard(QuarterlyReturnRepository returns, SignedInPerson me, ReturnAssembler assembler, ReturnAccess access,
            Clock clock) {
        this.returns = returns;
        this.me = me;
        this.assembler = assembler;
        this.access = access;
        this.clock = clock;
    }

    QuarterlyReturn find(long returnId) {
        return returns.findById(returnId)
                .orElseThrow(() -> new NoSuchRecordException("There is no return with id " + returnId + "."));
    }

    QuarterlyReturn findReadable(long returnId) {
        QuarterlyReturn ret = find(returnId);
        if (!access.mayRead(ret, me.get())) {
            throw new NotAllowedException("You are not on the route of this return, so you cannot open it.");
        }
        return ret;
    }

    QuarterlyReturn findForDelivery(long returnId, long version, String action) {
        QuarterlyReturn ret = find(returnId);
        if (!ret.getStatus().isEditableByDelivery()) {
            throw new ConflictException("This return is " + ret.getStatus().label().toLowerCase()
                    + ", so you cannot " + action + " it any more. Nothing was saved.");
        }
        checkVersion(ret, version);
        return ret;
    }

    QuarterlyReturn findInStatus(long returnId, long version, String action, ReturnStatus... allowed) {
        QuarterlyReturn ret = find(returnId);
        if (!List.of(allowed).contains(ret.getStatus())) {
            throw new ConflictException("This return is already " + ret.getStatus().label().toLowerCase()
                    + ", so it cannot be " + pastTense(action) + " now. Nothing was changed.");
        }
        checkVersion(ret, version);
        return ret;
    }

    /** The signed-in person's hold on the return's current step, which must be the given one. */
    Acting myTask(QuarterlyReturn ret, ReturnStep step, String action) {
        Task task = access.currentTask(ret.getId());
        if (task == null || !task.getTaskDefinitionKey().equals(step.taskKey())) {
            throw new ConflictException("This return is not waiting for that step any more. Nothing was changed.");
        }
        return access.acting(task, me.get()).orElseThrow(() -> new NotAllowedException(
                "This task belongs to " + (task.getAssignee() == null ? "the Performance Team"
                        : assembler.nameOf(task.getAssignee())) + ", so you cannot " + action + " this return."));
    }

    /** Completes the step's task; gives the return's next task, null once its route has ended. */
    @Nullable Task complete(Acting acting, Map<String, Object> transientVariables) {
        return access.complete(acting.task(), transientVariables);
    }

    void refuseOwnSubmission(QuarterlyReturn ret, String action) {
        if (currentUsername().equals(ret.getSubmittedBy())) {
            throw new NotAllowedException("You submitted this return, so someone else must " + action + " it.");
        }
    }

    /**
     * Writes the return and its lines now, so that a concurrent change shows up here as a conflict. The return was
     * read in this transaction, so flushing writes it; a merge (saveAndFlush) would also copy each line onto itself
     * and lose the batched loading of their remedial actions, one query a line.
     */
    QuarterlyReturn save(QuarterlyReturn ret) {
        ret.touch(currentUsername(), now());
        // the page after a step shows every line's remedial actions: load them now, in one batch; after the flush
        // Hibernate would load them one line at a time
        ret.getLines().forEach(ReturnLine::getRemedialActions);
        try {
            returns.flush();
            return ret;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("Someone else changed this return at the same moment. Nothing was saved: "
                    + "reload the return to see their changes, then make yours again.");
        }
    }

    String currentUsername() {
        return me.get().username();
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private void checkVersion(QuarterlyReturn ret, long version) {
        if (ret.getVersion() != version) {
            String who = ret.getLastChangedBy() == null ? "Someone else" : assembler.nameOf(ret.getLastChangedBy());
            String when = ret.getLastChangedAt() == null ? "" : " at " + UkDates.format(ret.getLastChangedAt());
            throw new ConflictException(who + " changed this return" + when + ", after you opened it. Nothing was "
                    + "saved: reload the return to see their changes, then make yours again.");
        }
    }

    private static String pastTense(String action) {
        return switch (action) {
            case "approve" -> "approved";
            case "sign off" -> "signed off";
            default -> action + "ed";
        };
    }
}
