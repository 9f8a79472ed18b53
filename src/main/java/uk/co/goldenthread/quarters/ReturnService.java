package uk.co.goldenthread.quarters;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowable.task.api.Task;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.returns.ReturnAssembler;
import uk.co.goldenthread.quarters.returns.ReturnMeasures;
import uk.co.goldenthread.quarters.workflow.ReturnAccess.Acting;
import uk.co.goldenthread.quarters.workflow.ReturnAccess;
import uk.co.goldenthread.quarters.workflow.ReturnDeadlines;
import uk.co.goldenthread.quarters.workflow.ReturnStep;

/**
 * Reading a return, and the AD Delivery's editing of it: each Save or Submit is one call and one transaction, giving
 * the screen to show next. Submitting completes the return's workflow task in the same transaction, and every change
 * is audited. Review and sign-off are {@link ReturnApprovalService}'s.
 */
@Service
@Transactional
public class ReturnService {

    public static final String AUDIT_SUBJECT = "Return";

    private final PeopleService people;
    private final ReturnAssembler assembler;
    private final ReturnAccess access;
    private final ReturnGuard guard;
    private final ReturnPages pages;
    private final AuditLog audit;
    private final ReturnLineEditor editor;
    private final ReviewService reviews;
    private final ReturnDeadlines deadlines;

    ReturnService(PeopleService people, ReturnAssembler assembler, ReturnAccess access,
            ReturnGuard guard, ReturnPages pages, AuditLog audit, ReturnLineEditor editor, ReviewService reviews,
            ReturnDeadlines deadlines) {
        this.people = people;
        this.assembler = assembler;
        this.access = access;
        this.guard = guard;
        this.pages = pages;
        this.audit = audit;
        this.editor = editor;
        this.reviews = reviews;
        this.deadlines = deadlines;
    }

    /** A return, for the people on its route, their deputies and the Performance Team. */
    @Transactional(readOnly = true)
    public ReturnDetails get(long returnId) {
        return assembler.details(guard.findReadable(returnId));
    }

    /**
     * The return screen for the signed-in person: the return, what they can do to it now, and any routing note; a
     * reviewer also sees what others changed since they last looked, and this look is noted.
     */
    public ReturnPage open(long returnId) {
        QuarterlyReturn ret = guard.findReadable(returnId);
        ReturnPage page = pages.page(ret, assembler.measuresOf(ret));
        if (!page.actions().contains(ReturnAction.APPROVE)) {
            return page;
        }
        ReturnPage reviewed = page.withChangesSinceLastLook(reviews.changesSinceLastLook(returnId));
        reviews.markLooked(returnId);
        return reviewed;
    }

    /**
     * What the signed-in person can do to this return now: only the person its current step is assigned to, their
     * deputy, or the Performance Team on a step with nobody named; nobody approves or signs off what they submitted,
     * nor signs off what they approved.
     */
    @Transactional(readOnly = true)
    public Set<ReturnAction> myActions(long returnId) {
        return pages.actions(guard.find(returnId), access.currentTask(returnId), people.currentPerson());
    }

    /** Changes made to the return since the given moment (in another tab too): what a conflicting save shows. */
    @Transactional(readOnly = true)
    public List<uk.co.goldenthread.audit.AuditRecord> changesSince(long returnId, LocalDateTime since) {
        guard.findReadable(returnId);
        return audit.history(AUDIT_SUBJECT, returnId).stream().filter(r -> r.at().isAfter(since)).toList();
    }

    /** Why the return's current step is not with its usual person ("You submitted this return, so ..."), if so. */
    @Transactional(readOnly = true)
    public Optional<String> routingNote(long returnId) {
        QuarterlyReturn ret = guard.findReadable(returnId);
        return Optional.ofNullable(pages.routingNote(ret, access.currentTask(returnId), people.currentPerson()));
    }

    /** The workflow tasks waiting for the signed-in person, and for those they deputise for, soonest deadline first. */
    @Transactional(readOnly = true)
    public List<MyTask> myTasks() {
        return access.tasksOf(people.currentPerson()).stream()
                .filter(a -> a.task().getProcessVariables().get("returnId") instanceof Long)
                .map(a -> {
                    Task t = a.task();
                    QuarterlyReturn ret = guard.find(returnIdOf(t));
                    var due = deadlines.due(ret, t.getTaskDefinitionKey(), t.getCreateTime());
                    ReturnSummary summary = assembler.summary(ret);
                    return new MyTask(t.getId(), t.getName(), ret.getId(), summary.period().label() + ": "
                            + summary.areaName() + " (" + summary.adDeliveryName() + ")", ret.getStatus(), due,
                            a.onBehalfOf() == null ? null : assembler.nameOf(a.onBehalfOf()));
                })
                .sorted(java.util.Comparator.comparing(MyTask::due).thenComparing(MyTask::returnId))
                .toList();
    }

    /**
     * Saves values, commentary and intention progress as a draft, all or nothing; every value must be a number in its
     * measure's unit. Gives the screen to show next.
     */
    @PreAuthorize("hasAnyRole('AD_DELIVERY', 'AD_COMMISSIONING')")
    public ReturnPage save(ReturnEdit edit) {
        QuarterlyReturn ret = guard.findForDelivery(edit.returnId(), edit.version(), "save");
        Acting acting = guard.myTask(ret, ReturnStep.COMPLETE, "save");
        ReturnMeasures measures = assembler.measuresOf(ret);
        apply(ret, measures, edit, acting);
        return pages.page(guard.save(ret), measures, acting.task());
    }

    /**
     * Saves the edit and submits the return to the AD Commissioning, completing the AD Delivery's task in the same
     * transaction; every measure needs a value. Gives the screen to show next.
     */
    @PreAuthorize("hasAnyRole('AD_DELIVERY', 'AD_COMMISSIONING')")
    public ReturnPage submit(ReturnEdit edit) {
        QuarterlyReturn ret = guard.findForDelivery(edit.returnId(), edit.version(), "submit");
        Acting acting = guard.myTask(ret, ReturnStep.COMPLETE, "submit");
        ReturnMeasures measures = assembler.measuresOf(ret);
        apply(ret, measures, edit, acting);
        editor.checkReadyToSubmit(ret, measures);
        ReturnStatus old = ret.getStatus();
        ret.markSubmitted(guard.currentUsername(), guard.now());
        audit.record(AUDIT_SUBJECT, ret.getId(), "status", old.label(), ret.getStatus().label(), null,
                acting.onBehalfOf());
        guard.save(ret);
        return pages.page(ret, measures, guard.complete(acting, Map.of()));
    }

    /** Progress first: its errors name the intention, and nothing is saved unless everything is valid. */
    private void apply(QuarterlyReturn ret, ReturnMeasures measures, ReturnEdit edit, Acting acting) {
        editor.applyProgress(ret, measures, edit.progress(), acting.onBehalfOf());
        editor.apply(ret, measures, edit.lines(), acting.onBehalfOf());
    }

    private static long returnIdOf(Task task) {
        if (task.getProcessVariables().get("returnId") instanceof Long id) {
            return id;
        }
        throw new IllegalStateException("The task " + task.getId() + " has no return id");
    }
}
