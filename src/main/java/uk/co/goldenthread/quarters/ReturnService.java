package uk.co.goldenthread.quarters;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.NoSuchRecordException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.NotAllowedException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.quarters.returns.ReturnAssembler;
import uk.co.goldenthread.quarters.workflow.ReturnAccess.Acting;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;
import uk.co.goldenthread.quarters.workflow.QuarterProgress;
import uk.co.goldenthread.quarters.workflow.ReturnAccess;
import uk.co.goldenthread.quarters.workflow.ReturnRouting;
import uk.co.goldenthread.quarters.workflow.ReturnStep;

/**
 * A return's route: the AD Delivery fills it in and submits it, the AD Commissioning approves it or returns it with
 * a reason, the Strategic Director signs it off or returns it with a reason. Every step completes the return's
 * workflow task in the same transaction as the change, and is audited.
 */
@Service
@Transactional
public class ReturnService {

    public static final String AUDIT_SUBJECT = "Return";

    private final QuarterlyReturnRepository returns;
    private final TaskService tasks;
    private final PeopleService people;
    private final ReturnAssembler assembler;
    private final ReturnAccess access;
    private final ReturnRouting routing;
    private final QuarterProgress progress;
    private final AuditLog audit;
    private final ReturnLineEditor editor;
    private final Clock clock;

    ReturnService(QuarterlyReturnRepository returns, TaskService tasks, PeopleService people, ReturnAssembler assembler,
            ReturnAccess access, ReturnRouting routing, QuarterProgress progress, AuditLog audit, ReturnLineEditor editor,
            Clock clock) {
        this.returns = returns;
        this.tasks = tasks;
        this.people = people;
        this.assembler = assembler;
        this.access = access;
        this.routing = routing;
        this.progress = progress;
        this.audit = audit;
        this.editor = editor;
        this.clock = clock;
    }

    /** A return, for the people on its route, their deputies and the Performance Team. */
    @Transactional(readOnly = true)
    public ReturnDetails get(long returnId) {
        return assembler.details(findReadable(returnId));
    }

    /**
     * What the signed-in person can do to this return now: only the person its current step is assigned to, their
     * deputy, or the Performance Team on a step with nobody named; nobody approves or signs off what they submitted,
     * nor signs off what they approved.
     */
    @Transactional(readOnly = true)
    public Set<ReturnAction> myActions(long returnId) {
        QuarterlyReturn ret = find(returnId);
        PersonSummary me = people.currentPerson();
        Task task = access.currentTask(returnId);
        if (task == null || access.acting(task, me).isEmpty()) {
            return EnumSet.noneOf(ReturnAction.class);
        }
        ReturnStep step = ReturnStep.forTask(task.getTaskDefinitionKey()).orElse(null);
        if (step == null || (step != ReturnStep.COMPLETE && me.username().equals(ret.getSubmittedBy()))
                || (step == ReturnStep.SIGN_OFF && me.username().equals(ret.getApprovedBy()))) {
            return EnumSet.noneOf(ReturnAction.class);
        }
        return step.actions();
    }

    /** Changes made to the return since the given moment (in another tab too): what a conflicting save shows. */
    @Transactional(readOnly = true)
    public List<uk.co.goldenthread.audit.AuditRecord> changesSince(long returnId, LocalDateTime since) {
        findReadable(returnId);
        return audit.history(AUDIT_SUBJECT, returnId).stream().filter(r -> r.at().isAfter(since)).toList();
    }

    /** Why the return's current step is not with its usual person ("You submitted this return, so ..."), if so. */
    @Transactional(readOnly = true)
    public Optional<String> routingNote(long returnId) {
        QuarterlyReturn ret = findReadable(returnId);
        Task task = access.currentTask(returnId);
        return Optional.ofNullable(task).flatMap(t -> ReturnStep.forTask(t.getTaskDefinitionKey()))
                .map(step -> routing.route(ret, step, people.currentPerson().username()).why());
    }

    /** The workflow tasks waiting for the signed-in person, and for those they deputise for, soonest deadline first. */
    @Transactional(readOnly = true)
    public List<MyTask> myTasks() {
        return access.tasksOf(people.currentPerson()).stream()
                .filter(a -> a.task().getProcessVariables().get("returnId") instanceof Long)
                .map(a -> {
                    Task t = a.task();
                    QuarterlyReturn ret = find((Long) t.getProcessVariables().get("returnId"));
                    var quarter = ret.getQuarter();
                    var due = ReturnStep.ofTask(t.getTaskDefinitionKey()).deadline(quarter);
                    ReturnSummary summary = assembler.summary(ret);
                    return new MyTask(t.getId(), t.getName(), ret.getId(), summary.period().label() + ": "
                            + summary.areaName() + " (" + summary.adDeliveryName() + ")", ret.getStatus(), due,
                            a.onBehalfOf() == null ? null : assembler.nameOf(a.onBehalfOf()));
                })
                .sorted(java.util.Comparator.comparing(MyTask::due).thenComparing(MyTask::returnId))
                .toList();
    }

    /** Saves values and commentary as a draft; every value must be a number in its measure's unit. */
    @PreAuthorize("hasAnyRole('AD_DELIVERY', 'AD_COMMISSIONING')")
    public ReturnDetails saveDraft(long returnId, long version, List<LineEntry> entries) {
        QuarterlyReturn ret = findForDelivery(returnId, version, "save");
        Acting acting = myTask(ret, ReturnStep.COMPLETE, "save");
        editor.apply(ret, entries, acting.onBehalfOf());
        return assembler.details(save(ret));
    }

    /** Saves and submits the return to the AD Commissioning; every measure needs a value. */
    @PreAuthorize("hasAnyRole('AD_DELIVERY', 'AD_COMMISSIONING')")
    public ReturnDetails submit(long returnId, long version, List<LineEntry> entries) {
        QuarterlyReturn ret = findForDelivery(returnId, version, "submit");
        Acting acting = myTask(ret, ReturnStep.COMPLETE, "submit");
        editor.apply(ret, entries, acting.onBehalfOf());
        editor.checkReadyToSubmit(ret);
        ReturnStatus old = ret.getStatus();
        ret.markSubmitted(currentUsername(), now());
        audit.record(AUDIT_SUBJECT, returnId, "status", old.label(), ret.getStatus().label(), null, acting.onBehalfOf());
        save(ret);
        tasks.complete(acting.task().getId());
        return assembler.details(ret);
    }

    /** The AD Commissioning (or the next person up) approves a submitted return; nobody approves what they submitted. */
    @PreAuthorize("hasAnyRole('AD_COMMISSIONING', 'STRATEGIC_DIRECTOR', 'PERFORMANCE_TEAM')")
    public void approve(long returnId, long version) {
        QuarterlyReturn ret = findInStatus(returnId, version, "approve", ReturnStatus.SUBMITTED,
                ReturnStatus.RETURNED_TO_COMMISSIONING);
        Acting acting = myTask(ret, ReturnStep.REVIEW, "approve");
        refuseOwnSubmission(ret, "approve");
        audit.record(AUDIT_SUBJECT, returnId, "status", ret.getStatus().label(), ReturnStatus.APPROVED.label(), null,
                acting.onBehalfOf());
        ret.markApproved(currentUsername());
        save(ret);
        tasks.complete(acting.task().getId(), Map.of("outcome", "approved"));
    }

    /** Saves progress on the return's intentions, as its AD Delivery; gives the new version. */
    @PreAuthorize("hasAnyRole('AD_DELIVERY', 'AD_COMMISSIONING')")
    public long saveProgress(long returnId, long version, List<ProgressEntry> entries) {
        QuarterlyReturn ret = findForDelivery(returnId, version, "save");
        Acting acting = myTask(ret, ReturnStep.COMPLETE, "save");
        editor.applyProgress(ret, entries, acting.onBehalfOf());
        return save(ret).getVersion();
    }

    /** The AD Commissioning's commentary on the return's KBMs (keyed by line), saved during review; gives the new version. */
    @PreAuthorize("hasAnyRole('AD_COMMISSIONING', 'STRATEGIC_DIRECTOR', 'PERFORMANCE_TEAM')")
    public long saveCommissioningCommentary(long returnId, long version, Map<Long, String> commentaryByLine) {
        QuarterlyReturn ret = findInStatus(returnId, version, "comment on", ReturnStatus.SUBMITTED,
                ReturnStatus.RETURNED_TO_COMMISSIONING);
        Acting acting = myTask(ret, ReturnStep.REVIEW, "comment on");
        editor.applyCommissioningCommentary(ret, commentaryByLine, acting.onBehalfOf());
        return save(ret).getVersion();
    }

    /** The AD Commissioning sends a submitted return back to the AD Delivery; the reason is required. */
    @PreAuthorize("hasAnyRole('AD_COMMISSIONING', 'STRATEGIC_DIRECTOR', 'PERFORMANCE_TEAM')")
    public void returnToDelivery(long returnId, long version, @Nullable String reason) {
        sendBack(returnId, version, reason, ReturnStep.REVIEW, ReturnStatus.RETURNED_TO_DELIVERY,
                ReturnStatus.SUBMITTED, ReturnStatus.RETURNED_TO_COMMISSIONING);
    }

    /** The Strategic Director (or the next person up) signs off an approved return, unless they submitted or approved it. */
    @PreAuthorize("hasAnyRole('STRATEGIC_DIRECTOR', 'PERFORMANCE_TEAM')")
    public void signOff(long returnId, long version) {
        QuarterlyReturn ret = findInStatus(returnId, version, "sign off", ReturnStatus.APPROVED);
        Acting acting = myTask(ret, ReturnStep.SIGN_OFF, "sign off");
        refuseOwnSubmission(ret, "sign off");
        if (currentUsername().equals(ret.getApprovedBy())) {
            throw new NotAllowedException("You approved this return, so someone else must sign it off.");
        }
        changeStatus(ret, ReturnStatus.SIGNED_OFF, null, acting.onBehalfOf());
        tasks.complete(acting.task().getId(), Map.of("outcome", "signedOff"));
        progress.returnSignedOff(ret);
    }

    /** The Strategic Director sends an approved return back to the AD Commissioning; the reason is required. */
    @PreAuthorize("hasAnyRole('STRATEGIC_DIRECTOR', 'PERFORMANCE_TEAM')")
    public void returnToCommissioning(long returnId, long version, @Nullable String reason) {
        sendBack(returnId, version, reason, ReturnStep.SIGN_OFF, ReturnStatus.RETURNED_TO_COMMISSIONING,
                ReturnStatus.APPROVED);
    }

    /** Sends the return back one step, with the reason the receiver will see. */
    private void sendBack(long returnId, long version, @Nullable String reason, ReturnStep step, ReturnStatus to,
            ReturnStatus... from) {
        String why = requireReason(reason);
        QuarterlyReturn ret = findInStatus(returnId, version, "return", from);
        Acting acting = myTask(ret, step, "return");
        ReturnStatus old = ret.getStatus();
        ret.markReturned(to, why, currentUsername(), now());
        audit.record(AUDIT_SUBJECT, returnId, "status", old.label(), ret.getStatus().label(), why, acting.onBehalfOf());
        save(ret);
        tasks.complete(acting.task().getId(), Map.of("outcome", "returned"));
    }

    private QuarterlyReturn findForDelivery(long returnId, long version, String action) {
        QuarterlyReturn ret = find(returnId);
        if (!ret.getStatus().isEditableByDelivery()) {
            throw new ConflictException("This return is " + ret.getStatus().label().toLowerCase()
                    + ", so you cannot " + action + " it any more. Nothing was saved.");
        }
        checkVersion(ret, version);
        return ret;
    }

    private QuarterlyReturn findInStatus(long returnId, long version, String action, ReturnStatus... allowed) {
        QuarterlyReturn ret = find(returnId);
        if (!List.of(allowed).contains(ret.getStatus())) {
            throw new ConflictException("This return is already " + ret.getStatus().label().toLowerCase()
                    + ", so it cannot be " + pastTense(action) + " now. Nothing was changed.");
        }
        checkVersion(ret, version);
        return ret;
    }

    private void checkVersion(QuarterlyReturn ret, long version) {
        if (ret.getVersion() != version) {
            String who = ret.getLastChangedBy() == null ? "Someone else" : assembler.nameOf(ret.getLastChangedBy());
            String when = ret.getLastChangedAt() == null ? "" : " at " + UkDates.format(ret.getLastChangedAt());
            throw new ConflictException(who + " changed this return" + when + ", after you opened it. Nothing was "
                    + "saved: reload the return to see their changes, then make yours again.");
        }
    }

    private Acting myTask(QuarterlyReturn ret, ReturnStep step, String action) {
        Task task = access.currentTask(ret.getId());
        if (task == null || !task.getTaskDefinitionKey().equals(step.taskKey())) {
            throw new ConflictException("This return is not waiting for that step any more. Nothing was changed.");
        }
        return access.acting(task, people.currentPerson()).orElseThrow(() -> new NotAllowedException(
                "This task belongs to " + (task.getAssignee() == null ? "the Performance Team"
                        : assembler.nameOf(task.getAssignee())) + ", so you cannot " + action + " this return."));
    }

    private QuarterlyReturn findReadable(long returnId) {
        QuarterlyReturn ret = find(returnId);
        if (!access.mayRead(ret, people.currentPerson())) {
            throw new NotAllowedException("You are not on the route of this return, so you cannot open it.");
        }
        return ret;
    }

    private void refuseOwnSubmission(QuarterlyReturn ret, String action) {
        if (currentUsername().equals(ret.getSubmittedBy())) {
            throw new NotAllowedException("You submitted this return, so someone else must " + action + " it.");
        }
    }

    private void changeStatus(QuarterlyReturn ret, ReturnStatus status, @Nullable String reason,
            @Nullable String onBehalfOf) {
        audit.record(AUDIT_SUBJECT, ret.getId(), "status", ret.getStatus().label(), status.label(), reason, onBehalfOf);
        ret.setStatus(status);
        save(ret);
    }

    /** Saves the return and its lines now, so that a concurrent change shows up here as a conflict. */
    private QuarterlyReturn save(QuarterlyReturn ret) {
        ret.touch(currentUsername(), now());
        try {
            return returns.saveAndFlush(ret);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("Someone else changed this return at the same moment. Nothing was saved: "
                    + "reload the return to see their changes, then make yours again.");
        }
    }

    private static String requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("Reason", "Give a reason: the person receiving the return will see it.");
        }
        return reason.strip();
    }

    private QuarterlyReturn find(long returnId) {
        return returns.findById(returnId)
                .orElseThrow(() -> new NoSuchRecordException("There is no return with id " + returnId + "."));
    }

    private String currentUsername() {
        return people.currentPerson().username();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String pastTense(String action) {
        return switch (action) {
            case "approve" -> "approved";
            case "sign off" -> "signed off";
            default -> action + "ed";
        };
    }
}
