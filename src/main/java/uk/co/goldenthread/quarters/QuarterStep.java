package uk.co.goldenthread.quarters;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The Performance Team's steps once the returns are done with, in order, with their BPMN task ids. */
public enum QuarterStep {
    COMPILE_PACK("compilePack", EnumSet.of(QuarterStatus.SIGNED_OFF, QuarterStatus.CLOSED_EARLY),
            QuarterStatus.PACK_COMPILED, ReturnStatus.INCLUDED_IN_PACK),
    RECORD_CABINET_DECISION("recordCabinetDecision", EnumSet.of(QuarterStatus.PACK_COMPILED),
            QuarterStatus.CABINET_DECIDED, null),
    PUBLISH("publishPack", EnumSet.of(QuarterStatus.CABINET_DECIDED), QuarterStatus.PUBLISHED, ReturnStatus.PUBLISHED);

    private final String taskKey;
    private final Set<QuarterStatus> from;
    private final QuarterStatus to;
    private final @Nullable ReturnStatus returnsBecome;

    QuarterStep(String taskKey, Set<QuarterStatus> from, QuarterStatus to, @Nullable ReturnStatus returnsBecome) {
        this.taskKey = taskKey;
        this.from = from;
        this.to = to;
        this.returnsBecome = returnsBecome;
    }

    public String taskKey() {
        return taskKey;
    }

    /** Whether a quarter at this status can take the step. */
    public boolean canStartAt(QuarterStatus status) {
        return from.contains(status);
    }

    /** The statuses the step starts from, as people read them: 'All returns signed off' or 'Closed early: ...'. */
    public String fromLabel() {
        return from.stream().map(s -> "'" + s.label() + "'").collect(Collectors.joining(" or "));
    }

    public QuarterStatus to() {
        return to;
    }

    /** The status every return of the quarter (except missing ones) takes at this step, or null when they stay. */
    public @Nullable ReturnStatus returnsBecome() {
        return returnsBecome;
    }
}
