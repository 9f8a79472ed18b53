package uk.co.goldenthread.framework.intentions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import uk.co.goldenthread.framework.IntentionKind;

/** An intention as the Performance Team edits it; its milestones are added one by one. */
@NamedInterface("intentions")
public record IntentionForm(String code, String title, IntentionKind kind, @Nullable Long areaId,
        @Nullable Long outcomeId, @Nullable Long ownerId, boolean allAds, Set<Long> measureIds) {

    public IntentionForm {
        code = code == null ? "" : code.strip();
        title = title == null ? "" : title.strip();
        measureIds = measureIds == null ? Set.of() : Set.copyOf(measureIds);
    }

    Map<String, @Nullable String> describe() {
        Map<String, @Nullable String> d = new LinkedHashMap<>();
        d.put("Code", code);
        d.put("Title", title);
        d.put("Kind", kind == null ? null : kind.label());
        d.put("Commissioning area id", areaId == null ? null : areaId.toString());
        d.put("Outcome id", outcomeId == null ? null : outcomeId.toString());
        d.put("Owner id", ownerId == null ? null : ownerId.toString());
        d.put("All ADs", String.valueOf(allAds));
        d.put("Measure ids", new TreeSet<>(measureIds).toString());
        return d;
    }
}
