package uk.co.goldenthread.framework.structure;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A directorate as the Performance Team edits it. */
@NamedInterface("structure")
public record DirectorateForm(String name, @Nullable Long strategicDirectorId) {

    public DirectorateForm {
        name = name == null ? "" : name.strip();
    }

    Map<String, @Nullable String> describe() {
        Map<String, @Nullable String> d = new LinkedHashMap<>();
        d.put("Name", name);
        d.put("Strategic Director id", strategicDirectorId == null ? null : strategicDirectorId.toString());
        return d;
    }
}
