package uk.co.goldenthread.packs;

import java.util.List;

/** A pack without its lines: its summary, how many measure lines it holds, and the returns missing from it. */
public record PackOutline(PackSummary summary, long lineCount, List<MissingReturn> missingReturns) {
}
