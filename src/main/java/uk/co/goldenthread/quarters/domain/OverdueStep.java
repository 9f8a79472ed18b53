package uk.co.goldenthread.quarters.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.quarters.workflow.ReturnStep;

/** A step of a return whose deadline passed, as escalated to one person at the next level up. */
@Entity
public class OverdueStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long returnId;

    /** The workflow task that was late: once it is done, the step is no longer overdue. */
    @Column(length = 64)
    private String taskId;

    @Enumerated(EnumType.STRING)
    private ReturnStep step;

    private LocalDate dueOn;

    @Column(length = 100)
    private @Nullable String assignee;

    private long escalatedToId;

    private LocalDateTime escalatedAt;

    protected OverdueStep() {
        this.taskId = "";
        this.step = ReturnStep.COMPLETE;
        this.dueOn = LocalDate.MIN;
        this.escalatedAt = LocalDateTime.MIN;
    }

    public OverdueStep(long returnId, String taskId, ReturnStep step, LocalDate dueOn, @Nullable String assignee,
            long escalatedToId, LocalDateTime escalatedAt) {
        this.returnId = returnId;
        this.taskId = taskId;
        this.step = step;
        this.dueOn = dueOn;
        this.assignee = assignee;
        this.escalatedToId = escalatedToId;
        this.escalatedAt = escalatedAt;
    }

    public long getReturnId() {
        return returnId;
    }

    public String getTaskId() {
        return taskId;
    }

    public ReturnStep getStep() {
        return step;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public @Nullable String getAssignee() {
        return assignee;
    }

    public LocalDateTime getEscalatedAt() {
        return escalatedAt;
    }
}
