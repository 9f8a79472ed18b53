package uk.co.goldenthread.framework.structure;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import uk.co.goldenthread.framework.OutcomeLevel;

/** An outcome as the Performance Team edits it; choosing another parent moves it in the tree. */
@NamedInterface("structure")
public record OutcomeForm(String code, String title, OutcomeLevel level, @Nullable Long parentId) {

    public OutcomeForm {
        code = code == null ? "" : code.strip();
        title = title == null ? "" : title.strip();
    }

    Map<String, @Nullable String> describe() {
        Map<String, @Nullable String> d = new LinkedHashMap<>();
        d.put("Code", code);
        d.put("Title", title);
        d.put("Level", level == null ? null : level.label());
        d.put("Parent id", parentId == null ? null : parentId.toString());
        return d;
    }
}
