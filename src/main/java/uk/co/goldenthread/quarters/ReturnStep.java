package uk.co.goldenthread.quarters;

import java.time.LocalDate;
import uk.co.goldenthread.quarters.domain.Quarter;

/** The people's steps of a return, with their BPMN task ids, whose deadline each has, and who hears when it is late. */
public enum ReturnStep {
    COMPLETE("completeReturn", "Complete return", "AD Delivery", ""),
    REVIEW("reviewReturn", "Review return", "AD Commissioning", "review of the "),
    SIGN_OFF("signOffReturn", "Sign off return", "Strategic Director", "sign-off of the ");

    private final String taskKey;
    private final String label;
    private final String doneBy;
    private final String subjectPrefix;

    ReturnStep(String taskKey, String label, String doneBy, String subjectPrefix) {
        this.taskKey = taskKey;
        this.label = label;
        this.doneBy = doneBy;
        this.subjectPrefix = subjectPrefix;
    }

    public static ReturnStep ofTask(String taskKey) {
        for (ReturnStep step : values()) {
            if (step.taskKey.equals(taskKey)) {
                return step;
            }
        }
        throw new IllegalArgumentException("No step of a return has the task id " + taskKey);
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
    String subjectPrefix() {
        return subjectPrefix;
    }

    public LocalDate deadline(Quarter quarter) {
        return switch (this) {
            case COMPLETE -> quarter.getSubmissionDue();
            case REVIEW -> quarter.getReviewDue();
            case SIGN_OFF -> quarter.getSignOffDue();
        };
    }
}
