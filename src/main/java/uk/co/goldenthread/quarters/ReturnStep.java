package uk.co.goldenthread.quarters;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The three steps of a return's workflow, by their BPMN task ids, with what can be done at each. */
enum ReturnStep {
    COMPLETE("completeReturn", "complete", EnumSet.of(ReturnAction.SAVE_DRAFT, ReturnAction.SUBMIT)),
    REVIEW("reviewReturn", "approve", EnumSet.of(ReturnAction.APPROVE, ReturnAction.RETURN_TO_DELIVERY)),
    SIGN_OFF("signOffReturn", "sign off", EnumSet.of(ReturnAction.SIGN_OFF, ReturnAction.RETURN_TO_COMMISSIONING));

    private final String taskKey;
    private final String verb;
    private final Set<ReturnAction> actions;

    ReturnStep(String taskKey, String verb, Set<ReturnAction> actions) {
        this.taskKey = taskKey;
        this.verb = verb;
        this.actions = actions;
    }

    String taskKey() {
        return taskKey;
    }

    /** What the person at this step does to the return: "approve". */
    String verb() {
        return verb;
    }

    Set<ReturnAction> actions() {
        return EnumSet.copyOf(actions);
    }

    static Optional<ReturnStep> ofTask(String taskKey) {
        for (ReturnStep step : values()) {
            if (step.taskKey.equals(taskKey)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
