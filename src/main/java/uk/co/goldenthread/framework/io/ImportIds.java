package uk.co.goldenthread.framework.io;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.structure.domain.CommissioningArea;
import uk.co.goldenthread.framework.structure.domain.Directorate;
import uk.co.goldenthread.framework.structure.domain.Outcome;

/** What the rows of an import name, found by their keys once the tables they live in have been written. */
final class ImportIds {

    private final Map<String, Long> personIds;
    private final Map<String, Directorate> directorates = new HashMap<>();
    private final Map<String, CommissioningArea> areasByKey = new HashMap<>();
    private final Map<String, CommissioningArea> areasByName = new HashMap<>();
    private final Map<String, Outcome> outcomes = new HashMap<>();
    private final Map<String, Long> measureIds = new HashMap<>();

    ImportIds(Map<String, Long> personIds) {
        this.personIds = personIds;
    }

    void useDirectorates(Map<String, Directorate> byName) {
        directorates.putAll(byName);
    }

    void useAreas(Collection<CommissioningArea> areas) {
        for (CommissioningArea a : areas) {
            areasByKey.put(a.getDirectorate().getName() + ", " + a.getName(), a);
            areasByName.put(a.getName(), a);
        }
    }

    void useOutcomes(Map<String, Outcome> byCode) {
        outcomes.putAll(byCode);
    }

    /** The ids of measures by code (saved ones: an id is given when the measure is persisted). */
    void useMeasureIds(Map<String, Long> idsByCode) {
        measureIds.putAll(idsByCode);
    }

    @Nullable Long person(String username) {
        return username.isEmpty() || username.equals(RowFormats.ALL_ADS) ? null : personIds.get(username);
    }

    @Nullable Directorate directorate(String name) {
        return directorates.get(name);
    }

    /** The area named within its directorate, or (for intentions, which name no directorate) by its unique name. */
    @Nullable CommissioningArea area(String directorate, String name) {
        if (name.isEmpty()) {
            return null;
        }
        return directorate.isEmpty() ? areasByName.get(name) : areasByKey.get(directorate + ", " + name);
    }

    @Nullable Outcome outcome(String code) {
        return code.isEmpty() ? null : outcomes.get(code);
    }

    long measureId(String code) {
        Long id = measureIds.get(code);
        if (id == null) {
            throw new IllegalStateException("The measure " + code + " passed the reference checks but is not known");
        }
        return id;
    }
}
