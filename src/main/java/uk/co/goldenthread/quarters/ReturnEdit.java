package uk.co.goldenthread.quarters;

import java.util.List;

/**
 * Everything the AD Delivery typed on the return screen (values, commentary, remedial actions and intention progress),
 * with the version of the return they read: a stale version is refused, never merged.
 */
public record ReturnEdit(long returnId, long version, List<LineEntry> lines, List<ProgressEntry> progress) {

    public ReturnEdit {
        lines = List.copyOf(lines);
        progress = List.copyOf(progress);
    }

    /** Values and commentary, with no intention progress. */
    public static ReturnEdit ofLines(long returnId, long version, List<LineEntry> lines) {
        return new ReturnEdit(returnId, version, lines, List.of());
    }
}
