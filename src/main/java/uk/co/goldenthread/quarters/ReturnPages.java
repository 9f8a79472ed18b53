package uk.co.goldenthread.quarters;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.flowable.task.api.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.returns.ReturnAssembler;
import uk.co.goldenthread.quarters.returns.ReturnMeasures;
import uk.co.goldenthread.quarters.workflow.ReturnAccess;
import uk.co.goldenthread.quarters.workflow.ReturnRouting;
import uk.co.goldenthread.quarters.workflow.ReturnStep;

/** The return screen's model, built inside the transaction of the action that shows it. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ReturnPages {

    private final ReturnAssembler assembler;
    private final ReturnAccess access;
    private final ReturnRouting routing;
    private final SignedInPerson signedIn;

    ReturnPages(ReturnAssembler assembler, ReturnAccess access, ReturnRouting routing, SignedInPerson signedIn) {
        this.assembler = assembler;
        this.access = access;
        this.routing = routing;
        this.signedIn = signedIn;
    }

    ReturnPage page(QuarterlyReturn ret, ReturnMeasures measures) {
        return page(ret, measures, access.currentTask(ret.getId()));
    }

    /** The page, the return's current task (null when its route has ended) known already. */
    ReturnPage page(QuarterlyReturn ret, ReturnMeasures measures, @Nullable Task task) {
        PersonSummary me = signedIn.get();
        return new ReturnPage(assembler.details(ret, measures), actions(ret, task, me), routingNote(ret, task, me),
                List.of());
    }

    /**
     * Only the person the current step is assigned to, their deputy, or the Performance Team on a step with nobody
     * named may act; nobody approves or signs off what they submitted, nor signs off what they approved.
     */
    Set<ReturnAction> actions(QuarterlyReturn ret, @Nullable Task task, PersonSummary me) {
        ReturnStep step = task == null ? null : ReturnStep.forTask(task.getTaskDefinitionKey()).orElse(null);
        // what the return itself rules out first: the page after a submit or an approval needs no look at deputies
        if (task == null || step == null
                || (step != ReturnStep.COMPLETE && me.username().equals(ret.getSubmittedBy()))
                || (step == ReturnStep.SIGN_OFF && me.username().equals(ret.getApprovedBy()))
                || access.acting(task, me).isEmpty()) {
            return EnumSet.noneOf(ReturnAction.class);
        }
        return step.actions();
    }

    @Nullable String routingNote(QuarterlyReturn ret, @Nullable Task task, PersonSummary me) {
        return task == null ? null : ReturnStep.forTask(task.getTaskDefinitionKey())
                .map(step -> routing.route(ret, step, me.username()).why()).orElse(null);
    }
}
