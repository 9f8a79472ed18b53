package uk.co.goldenthread.quarters;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.NotAllowedException;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.Role;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;

/**
 * A return's route: the AD Delivery fills it in and submits it, the AD Commissioning approves it or returns it with
 * a reason, the Strategic Director signs it off or returns it with a reason. Every step completes the return's
 * workflow task in the same transaction as the change, and is audited.
 */
@Service
@Transactional
public class ReturnService {

    static final String AUDIT_SUBJECT = "Return";

    private final QuarterlyReturnRepository returns;
    private final TaskService tasks;
    private final PeopleService people;
    private final ReturnAssembler assembler;
    private final QuarterProgress progress;
    private final AuditLog audit;
    private final ReturnLineEditor editor;
    private final Clock clock;

    ReturnService(QuarterlyReturnRepository returns, TaskService tasks, PeopleService people, ReturnAssembler assembler,
            QuarterProgress progress, AuditLog audit, ReturnLineEditor editor, Clock clock) {
        this.returns = returns;
        this.tasks = tasks;
        this.people = people;
        this.assembler = assembler;
        this.progress = progress;
        this.audit = audit;
        this.editor = editor;
        this.clock = clock;
    }

    /** A return, for the people on its route and the Performance Team. */
    @Transactional(readOnly = true)
    public ReturnDetails get(long returnId) {
        QuarterlyReturn ret = find(returnId);
        PersonSummary me = people.currentPerson();
        if (!assembler.isOnRoute(ret, me.id()) && !me.roles().contains(Role.PERFORMANCE_TEAM)) {
            throw new NotAllowedException("You are not on the route of this return, so you cannot open it.");
        }
        return assembler.details(ret);
    }

    /** What the signed-in person can do to this return now: only the person its current step is assigned to can act. */
    @Transactional(readOnly = true)
    public java.util.Set<ReturnAction> myActions(long returnId) {
        String me = currentUsername();
        Task task = tasks.createTaskQuery().processVariableValueEquals("returnId", returnId).taskAssignee(me).singleResult();
        if (task == null) {
            return java.util.EnumSet.noneOf(ReturnAction.class);
        }
        return switch (task.getTaskDefinitionKey()) {
            case "completeReturn" -> java.util.EnumSet.of(ReturnAction.SAVE_DRAFT, ReturnAction.SUBMIT);
            case "reviewReturn" -> java.util.EnumSet.of(ReturnAction.APPROVE, ReturnAction.RETURN_TO_DELIVERY);
            case "signOffReturn" -> java.util.EnumSet.of(ReturnAction.SIGN_OFF, ReturnAction.RETURN_TO_COMMISSIONING);
            default -> java.util.EnumSet.noneOf(ReturnAction.class);
        };
    }

    /** The workflow tasks waiting for the signed-in person, soonest deadline first. */
    @Transactional(readOnly = true)
    public List<MyTask> myTasks() {
        return tasks.createTaskQuery().taskAssignee(currentUsername()).includeProcessVariables().list().stream()
                .filter(t -> t.getProcessVariables().get("returnId") instanceof Long)
                .map(t -> {
                    QuarterlyReturn ret = find((Long) t.getProcessVariables().get("returnId"));
                    var quarter = ret.getQuarter();
                    var due = switch (t.getTaskDefinitionKey()) {
                        case "reviewReturn" -> quarter.getReviewDue();
                        case "signOffReturn" -> quarter.getSignOffDue();
                        default -> quarter.getSubmissionDue();
                    };
                    ReturnSummary summary = assembler.summary(ret);
                    return new MyTask(t.getId(), t.getName(), ret.getId(), summary.period().label() + ": "
                            + summary.areaName() + " (" + summary.adDeliveryName() + ")", ret.getStatus(), due);
                })
                .sorted(java.util.Comparator.comparing(MyTask::due).thenComparing(MyTask::returnId))
                .toList();
    }

    /** Saves values and commentary as a draft; every value must be a number in its measure's unit. */
    @PreAuthorize("hasRole('AD_DELIVERY')")
    public ReturnDetails saveDraft(long returnId, long version, List<LineEntry> entries) {
        QuarterlyReturn ret = findForDelivery(returnId, version, "save");
        editor.apply(ret, entries);
        return assembler.details(save(ret));
    }

    /** Saves and submits the return to the AD Commissioning; every measure needs a value. */
    @PreAuthorize("hasRole('AD_DELIVERY')")
    public ReturnDetails submit(long returnId, long version, List<LineEntry> entries) {
        QuarterlyReturn ret = findForDelivery(returnId, version, "submit");
        editor.apply(ret, entries);
        editor.checkReadyToSubmit(ret);
        Task task = myTask(ret, "completeReturn", "submit");
        ReturnStatus old = ret.getStatus();
        ret.markSubmitted(currentUsername(), now());
        audit.record(AUDIT_SUBJECT, returnId, "status", old.label(), ret.getStatus().label(), null);
        save(ret);
        tasks.complete(task.getId());
        return assembler.details(ret);
    }

    /** The AD Commissioning approves a submitted return; nobody approves what they submitted. */
    @PreAuthorize("hasRole('AD_COMMISSIONING')")
    public void approve(long returnId, long version) {
        QuarterlyReturn ret = findInStatus(returnId, version, "approve", ReturnStatus.SUBMITTED,
                ReturnStatus.RETURNED_TO_COMMISSIONING);
        refuseOwnSubmission(ret, "approve");
        Task task = myTask(ret, "reviewReturn", "approve");
        changeStatus(ret, ReturnStatus.APPROVED, null);
        tasks.complete(task.getId(), Map.of("outcome", "approved"));
    }

    /** Saves progress on the return's intentions, as its AD Delivery; gives the new version. */
    @PreAuthorize("hasRole('AD_DELIVERY')")
    public long saveProgress(long returnId, long version, List<ProgressEntry> entries) {
        QuarterlyReturn ret = findForDelivery(returnId, version, "save");
        editor.applyProgress(ret, entries);
        return save(ret).getVersion();
    }

    /** The AD Commissioning's commentary on the return's KBMs (keyed by line), saved during review; gives the new version. */
    @PreAuthorize("hasRole('AD_COMMISSIONING')")
    public long saveCommissioningCommentary(long returnId, long version, Map<Long, String> commentaryByLine) {
        QuarterlyReturn ret = findInStatus(returnId, version, "comment on", ReturnStatus.SUBMITTED,
                ReturnStatus.RETURNED_TO_COMMISSIONING);
        myTask(ret, "reviewReturn", "comment on");
        editor.applyCommissioningCommentary(ret, commentaryByLine);
        return save(ret).getVersion();
    }

    /** The AD Commissioning sends a submitted return back to the AD Delivery; the reason is required. */
    @PreAuthorize("hasRole('AD_COMMISSIONING')")
    public void returnToDelivery(long returnId, long version, @Nullable String reason) {
        String why = requireReason(reason);
        QuarterlyReturn ret = findInStatus(returnId, version, "return", ReturnStatus.SUBMITTED,
                ReturnStatus.RETURNED_TO_COMMISSIONING);
        Task task = myTask(ret, "reviewReturn", "return");
        ReturnStatus old = ret.getStatus();
        ret.markReturned(ReturnStatus.RETURNED_TO_DELIVERY, why, currentUsername(), now());
        audit.record(AUDIT_SUBJECT, returnId, "status", old.label(), ret.getStatus().label(), why);
        save(ret);
        tasks.complete(task.getId(), Map.of("outcome", "returned"));
    }

    /** The Strategic Director signs off an approved return; nobody signs off what they submitted. */
    @PreAuthorize("hasRole('STRATEGIC_DIRECTOR')")
    public void signOff(long returnId, long version) {
        QuarterlyReturn ret = findInStatus(returnId, version, "sign off", ReturnStatus.APPROVED);
        refuseOwnSubmission(ret, "sign off");
        Task task = myTask(ret, "signOffReturn", "sign off");
        changeStatus(ret, ReturnStatus.SIGNED_OFF, null);
        tasks.complete(task.getId(), Map.of("outcome", "signedOff"));
        progress.returnSignedOff(ret.getQuarter());
    }

    /** The Strategic Director sends an approved return back to the AD Commissioning; the reason is required. */
    @PreAuthorize("hasRole('STRATEGIC_DIRECTOR')")
    public void returnToCommissioning(long returnId, long version, @Nullable String reason) {
        String why = requireReason(reason);
        QuarterlyReturn ret = findInStatus(returnId, version, "return", ReturnStatus.APPROVED);
        Task task = myTask(ret, "signOffReturn", "return");
        ReturnStatus old = ret.getStatus();
        ret.markReturned(ReturnStatus.RETURNED_TO_COMMISSIONING, why, currentUsername(), now());
        audit.record(AUDIT_SUBJECT, returnId, "status", old.label(), ret.getStatus().label(), why);
        save(ret);
        tasks.complete(task.getId(), Map.of("outcome", "returned"));
    }

    private QuarterlyReturn findForDelivery(long returnId, long version, String action) {
        QuarterlyReturn ret = find(returnId);
        if (!ret.getStatus().isEditableByDelivery()) {
            throw new ConflictException("This return is " + ret.getStatus().label().toLowerCase()
                    + ", so you cannot " + action + " it any more. Nothing was saved.");
        }
        checkVersion(ret, version);
        myTask(ret, "completeReturn", action);
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
            throw new ConflictException("Someone else changed this return after you opened it. Nothing was saved: "
                    + "reload the return to see their changes, then make yours again.");
        }
    }

    private Task myTask(QuarterlyReturn ret, String taskKey, String action) {
        Task task = tasks.createTaskQuery().processVariableValueEquals("returnId", ret.getId())
                .taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new ConflictException("This return is not waiting for that step any more. Nothing was changed.");
        }
        String me = currentUsername();
        if (!me.equals(task.getAssignee())) {
            String owner = task.getAssignee() == null ? "someone else" : assembler.nameOf(task.getAssignee());
            throw new NotAllowedException("This task belongs to " + owner + ", so you cannot " + action + " this return.");
        }
        return task;
    }

    private void refuseOwnSubmission(QuarterlyReturn ret, String action) {
        if (currentUsername().equals(ret.getSubmittedBy())) {
            throw new NotAllowedException("You submitted this return, so someone else must " + action + " it.");
        }
    }

    private void changeStatus(QuarterlyReturn ret, ReturnStatus status, @Nullable String reason) {
        audit.record(AUDIT_SUBJECT, ret.getId(), "status", ret.getStatus().label(), status.label(), reason);
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
                .orElseThrow(() -> new DomainException("There is no return with id " + returnId + "."));
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
