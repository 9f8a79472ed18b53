package uk.co.goldenthread.quarters;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A workflow task waiting for the signed-in person, or for someone they deputise for (named in onBehalfOf). */
public record MyTask(String taskId, String step, long returnId, String returnTitle, ReturnStatus status,
        LocalDate due, @Nullable String onBehalfOf) {
}
