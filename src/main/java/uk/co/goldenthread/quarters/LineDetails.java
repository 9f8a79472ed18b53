package uk.co.goldenthread.quarters;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.MeasureView;
import uk.co.goldenthread.performance.Rag;

/** One measure of a return: its value beside its target and baseline, with the RAG that follows. */
public record LineDetails(long lineId, MeasureView measure, @Nullable BigDecimal target, @Nullable BigDecimal value,
        @Nullable String commentary, Rag rag) {
}
