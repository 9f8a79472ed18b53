package uk.co.goldenthread.packs;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.co.goldenthread.performance.Rag;

/** A whole pack: its summary, every measure it holds, and the returns missing from it. */
public record PackContent(PackSummary summary, List<PackLineRow> lines, List<MissingReturn> missingReturns) {

    public Map<Rag, Long> ragCounts() {
        Map<Rag, Long> counts = lines.stream().collect(Collectors.groupingBy(PackLineRow::rag, Collectors.counting()));
        return java.util.Arrays.stream(Rag.values())
                .collect(Collectors.toMap(Function.identity(), r -> counts.getOrDefault(r, 0L), (a, b) -> a,
                        () -> new java.util.EnumMap<>(Rag.class)));
    }
}
