package uk.co.goldenthread.quarters.workflow;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import uk.co.goldenthread.quarters.ReturnAction;
import uk.co.goldenthread.quarters.domain.Quarter;

/**
 * The people's steps of a return, with their BPMN task ids, what can be done at each, whose deadline each has, and
 * who hears when it is late.
 */
public enum ReturnStep {
    COMPLETE("completeReturn", "Complete return", "AD Delivery", "", "complete",
            EnumSet.of(ReturnAction.SAVE_DRAFT, ReturnAction.SUBMIT)),
    REVIEW("reviewReturn", "Review return", "AD Commissioning", "review of the ", "approve",
            EnumSet.of(ReturnAction.APPROVE, ReturnAction.RETURN_TO_DELIVERY)),
    SIGN_OFF("signOffReturn", "Sign off return", "Strategic Director", "sign-off of the ", "sign off",
            EnumSet.of(ReturnAction.SIGN_OFF, ReturnAction.RETURN_TO_COMMISSIONING));

    private final String taskKey;
    private final String label;
    private final String doneBy;
    private final String subjectPrefix;
    private final String verb;
    private final Set<ReturnAction> actions;

    ReturnStep(String taskKey, String label, String doneBy, String subjectPrefix, String verb, Set<ReturnAction> actions) {
        this.taskKey = taskKey;
        this.label = label;
        this.doneBy = doneBy;
        this.subjectPrefix = subjectPrefix;
        this.verb = verb;
        this.actions = actions;
    }

    /** The step of a BPMN task id; refuses an id that is not a step of a return. */
    public static ReturnStep ofTask(String taskKey) {
        return forTask(taskKey).orElseThrow(
                () -> new IllegalArgumentException("No step of a return has the task id " + taskKey));
    }

    public static Optional<ReturnStep> forTask(String taskKey) {
        for (ReturnStep step : values()) {
            if (step.taskKey.equals(taskKey)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    public String taskKey() {
        return taskKey;
    }

    /** What people call the step, as the BPMN names it. */
    public String label() {
        return label;
    }

    /** The role that does the step. */
    public String doneBy() {
        return doneBy;
    }

    /** How an e-mail subject names the step before the return: "review of the Q3 2019/20 return ...". */
    public String subjectPrefix() {
        return subjectPrefix;
    }

    /** What the person at this step does to the return: "approve". */
    public String verb() {
        return verb;
    }

    public Set<ReturnAction> actions() {
        return EnumSet.copyOf(actions);
    }

    public LocalDate deadline(Quarter quarter) {
        return switch (this) {
            case COMPLETE -> quarter.getSubmissionDue();
            case REVIEW -> quarter.getReviewDue();
            case SIGN_OFF -> quarter.getSignOffDue();
        };
    }
}
