package uk.co.goldenthread.performance;

import org.jspecify.annotations.Nullable;

/** When the rating and the SPC chart tell different stories, the sentence that says so; none when they agree. */
public final class RagSpcDisagreement {

    private RagSpcDisagreement() {
    }

    public static @Nullable String between(Rag rag, SpcResult spc) {
        if (rag == Rag.GREEN && spc.variation().isConcern()) {
            return "Green on target, but the latest point is a special cause concern: the process has changed "
                    + "for the worse.";
        }
        if (rag == Rag.GREEN && spc.assurance() == Assurance.CONSISTENTLY_FAILING) {
            return "Green this period, but the process limits say the target will usually be missed.";
        }
        if (rag == Rag.RED && spc.variation().isImprovement()) {
            return "Red, but the latest point is a special cause improvement: the process is improving.";
        }
        if (rag == Rag.RED && spc.assurance() == Assurance.CONSISTENTLY_PASSING) {
            return "Red this period, but the process limits say the target will usually be met.";
        }
        return null;
    }
}
