package uk.co.goldenthread.quarters;

import java.time.LocalDate;

/** A workflow task waiting for the signed-in person. */
public record MyTask(String taskId, String step, long returnId, String returnTitle, ReturnStatus status,
        LocalDate due) {
}
