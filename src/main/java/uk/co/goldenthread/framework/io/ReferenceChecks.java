package uk.co.goldenthread.framework.io;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.co.goldenthread.framework.io.ImportProblem;

/** Checks that what a row names (people, outcomes, directorates, areas, measures, intentions) exists in the file or the database. */
final class ReferenceChecks {

    private final FrameworkTables file;
    private final FrameworkTables db;
    private final Map<Table, List<RowReader>> readers;
    private final Map<String, Set<String>> directoratesOfArea = new HashMap<>();

    ReferenceChecks(FrameworkTables file, FrameworkTables db, Map<Table, List<RowReader>> readers,
            List<ImportProblem> problems) {
        this.file = file;
        this.db = db;
        this.readers = readers;
        for (FrameworkTables tables : List.of(file, db)) {
            tables.rows(Table.COMMISSIONING_AREAS).forEach(a -> directoratesOfArea
                    .computeIfAbsent(a.get("name"), n -> new TreeSet<>()).add(a.get("directorate")));
        }
    }

    void run() {
        rows(Table.DIRECTORATES).forEach(r -> person(r, "strategic director"));
        for (RowReader r : rows(Table.COMMISSIONING_AREAS)) {
            person(r, "ad commissioning");
            people(r, "ad delivery");
            known(r, "directorate", Table.DIRECTORATES, "directorate");
        }
        outcomeParents();
        for (RowReader r : rows(Table.MEASURES)) {
            person(r, "owner");
            person(r, "improvement lead");
            known(r, "outcome", Table.OUTCOMES, "outcome");
            area(r, true);
        }
        polarityOfTargets();
        for (RowReader r : rows(Table.INTENTIONS)) {
            person(r, "owner");
            known(r, "outcome", Table.OUTCOMES, "outcome");
            area(r, false);
            for (String code : r.value("measures").split("; ")) {
                if (!code.isEmpty() && !exists(Table.MEASURES, code)) {
                    r.problem("measures", "names the measure '" + code + "', which is not in the Measures sheet nor in "
                            + "Golden Thread.");
                }
            }
        }
        rows(Table.MILESTONES).forEach(r -> known(r, "intention", Table.INTENTIONS, "intention"));
        rows(Table.COMPARATORS).forEach(r -> known(r, "measure", Table.MEASURES, "measure"));
    }

    private List<RowReader> rows(Table table) {
        return readers.getOrDefault(table, List.of());
    }

    private boolean exists(Table table, String key) {
        return file.contains(table, key) || db.contains(table, key);
    }

    private void person(RowReader r, String column) {
        String username = r.value(column);
        if (!username.isEmpty() && !username.equals(RowFormats.ALL_ADS) && !exists(Table.PEOPLE, username)) {
            r.problem(column, "names '" + username + "', who is not in the People sheet nor in Golden Thread; add them "
                    + "to the People sheet.");
        }
    }

    private void people(RowReader r, String column) {
        for (String username : r.value(column).split("; ")) {
            if (!username.isEmpty() && !exists(Table.PEOPLE, username)) {
                r.problem(column, "names '" + username + "', who is not in the People sheet nor in Golden Thread; add "
                        + "them to the People sheet.");
            }
        }
    }

    private void known(RowReader r, String column, Table table, String what) {
        String key = r.value(column);
        if (!key.isEmpty() && !exists(table, key)) {
            r.problem(column, "names the " + what + " '" + key + "', which is not in the " + table.sheetName()
                    + " sheet nor in Golden Thread.");
        }
    }

    /** An area is named within its directorate; without one, its name must belong to exactly one directorate. */
    private void area(RowReader r, boolean hasDirectorateColumn) {
        String area = r.value("commissioning area");
        String directorate = hasDirectorateColumn ? r.value("directorate") : "";
        if (hasDirectorateColumn) {
            known(r, "directorate", Table.DIRECTORATES, "directorate");
        }
        if (area.isEmpty()) {
            return;
        }
        Set<String> directorates = directoratesOfArea.getOrDefault(area, Set.of());
        if (!directorate.isEmpty() && !directorates.contains(directorate)) {
            r.problem("commissioning area", "names the commissioning area '" + area + "', which is not in the "
                    + "directorate '" + directorate + "' in the Commissioning areas sheet nor in Golden Thread.");
        } else if (directorate.isEmpty() && directorates.size() != 1) {
            r.problem("commissioning area", directorates.isEmpty() ? "names the commissioning area '" + area
                    + "', which is not in the Commissioning areas sheet nor in Golden Thread."
                    : "names '" + area + "', which several directorates have (" + String.join(", ", directorates)
                    + "); give the directorate.");
        } else if (hasDirectorateColumn) {
            r.put("directorate", directorates.iterator().next());
        }
    }

    private void outcomeParents() {
        Map<String, String> parentOf = new HashMap<>();
        db.rows(Table.OUTCOMES).forEach(o -> parentOf.put(o.key(), o.get("parent")));
        file.rows(Table.OUTCOMES).forEach(o -> parentOf.put(o.key(), o.get("parent")));
        for (RowReader r : rows(Table.OUTCOMES)) {
            known(r, "parent", Table.OUTCOMES, "parent outcome");
            Set<String> seen = new HashSet<>();
            for (String code = r.value("code"); !code.isEmpty(); code = parentOf.getOrDefault(code, "")) {
                if (!seen.add(code)) {
                    r.problem("parent", "makes the outcome its own ancestor; the outcomes must form a tree.");
                    break;
                }
            }
        }
    }

    /** A target needs a polarity to rate against, so a measure with a target must say which way is good. */
    private void polarityOfTargets() {
        Map<String, RowReader> measureRows = new HashMap<>();
        rows(Table.MEASURES).forEach(r -> measureRows.put(r.value("code"), r));
        Set<String> reported = new HashSet<>();
        for (RowReader t : rows(Table.TARGETS)) {
            String code = t.value("measure");
            known(t, "measure", Table.MEASURES, "measure");
            RowReader m = measureRows.get(code);
            if (m != null && m.value("polarity").isEmpty() && m.row().text("polarity").isEmpty()
                    && reported.add(code)) {
                m.problem("polarity", "is blank but the measure has a target (Targets row " + t.row().number()
                        + "); say which way is good: " + String.join(", ", RowFormats.POLARITIES) + ".");
            } else if (m == null && db.find(Table.MEASURES, code).filter(e -> e.get("polarity").isEmpty()).isPresent()) {
                t.problem("measure", "names " + code + ", which has no polarity in Golden Thread; give the measure a "
                        + "polarity (in the Measures sheet) before its targets.");
            }
        }
    }
}
