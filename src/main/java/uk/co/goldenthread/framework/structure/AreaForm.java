package uk.co.goldenthread.framework.structure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import uk.co.goldenthread.framework.AreaSummary;

/** A commissioning area as the Performance Team edits it, with its AD Commissioning and AD Delivery people. */
@NamedInterface("structure")
public record AreaForm(String name, @Nullable Long directorateId, @Nullable Long adCommissioningId,
        Set<Long> adDeliveryIds) {

    public AreaForm {
        name = name == null ? "" : name.strip();
        adDeliveryIds = adDeliveryIds == null ? Set.of() : Set.copyOf(adDeliveryIds);
    }

    public static AreaForm of(AreaSummary area) {
        return new AreaForm(area.name(), area.directorateId(), area.adCommissioningId(), Set.copyOf(area.adDeliveryIds()));
    }

    Map<String, @Nullable String> describe() {
        Map<String, @Nullable String> d = new LinkedHashMap<>();
        d.put("Name", name);
        d.put("Directorate id", directorateId == null ? null : directorateId.toString());
        d.put("AD Commissioning id", adCommissioningId == null ? null : adCommissioningId.toString());
        d.put("AD Delivery ids", new TreeSet<>(adDeliveryIds).toString());
        return d;
    }
}
