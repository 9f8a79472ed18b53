package uk.co.goldenthread.quarters;

/** The Performance Team's steps once every return is signed off, in order, with their BPMN task ids. */
public enum QuarterStep {
    COMPILE_PACK("compilePack", QuarterStatus.SIGNED_OFF, QuarterStatus.PACK_COMPILED, ReturnStatus.INCLUDED_IN_PACK),
    RECORD_CABINET_DECISION("recordCabinetDecision", QuarterStatus.PACK_COMPILED, QuarterStatus.CABINET_DECIDED, null),
    PUBLISH("publishPack", QuarterStatus.CABINET_DECIDED, QuarterStatus.PUBLISHED, ReturnStatus.PUBLISHED);

    private final String taskKey;
    private final QuarterStatus from;
    private final QuarterStatus to;
    private final ReturnStatus returnsBecome;

    QuarterStep(String taskKey, QuarterStatus from, QuarterStatus to, ReturnStatus returnsBecome) {
        this.taskKey = taskKey;
        this.from = from;
        this.to = to;
        this.returnsBecome = returnsBecome;
    }

    public String taskKey() {
        return taskKey;
    }

    public QuarterStatus from() {
        return from;
    }

    public QuarterStatus to() {
        return to;
    }

    /** The status every return of the quarter takes at this step, or null when returns do not change. */
    public ReturnStatus returnsBecome() {
        return returnsBecome;
    }
}
