package uk.co.goldenthread.framework.io;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.structure.domain.CommissioningArea;
import uk.co.goldenthread.framework.structure.domain.Directorate;
import uk.co.goldenthread.framework.measures.domain.Measure;
import uk.co.goldenthread.framework.structure.domain.Outcome;

/** What the rows of an import name, found by their keys once the tables they live in have been written. */
final class ImportIds {

    private final Map<String, Long> personIds;
    private final Map<String, Directorate> directorates = new HashMap<>();
    private final Map<String, CommissioningArea> areasByKey = new HashMap<>();
    private final Map<String, CommissioningArea> areasByName = new HashMap<>();
    private final Map<String, Outcome> outcomes = new HashMap<>();
    private final Map<String, Measure> measures = new HashMap<>();

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

    void useMeasures(Map<String, Measure> byCode) {
        measures.putAll(byCode);
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

    Measure measure(String code) {
        Measure measure = measures.get(code);
        if (measure == null) {
            throw new IllegalStateException("The measure " + code + " passed the reference checks but is not known");
        }
        return measure;
    }
}
