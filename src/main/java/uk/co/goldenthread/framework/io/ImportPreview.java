package uk.co.goldenthread.framework.io;

import java.util.List;

/** What an import file would add, change and retire, table by table, or the problems that stop it. */
public record ImportPreview(List<TableCount> counts, List<ImportChange> changes, List<ImportProblem> problems,
        List<String> noRoute) {

    /** How many things of one table the import adds, changes and retires. */
    public record TableCount(String table, int added, int changed, int retired) {

        public boolean isEmpty() {
            return added + changed + retired == 0;
        }
    }

    public ImportPreview {
        counts = List.copyOf(counts);
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
        noRoute = List.copyOf(noRoute);
    }

    public ImportPreview(List<TableCount> counts, List<ImportChange> changes, List<ImportProblem> problems) {
        this(counts, changes, problems, List.of());
    }

    /** The same preview, warning that these measures and intentions would go to no return. */
    public ImportPreview withNoRoute(List<String> lost) {
        return new ImportPreview(counts, changes, problems, lost);
    }

    public static ImportPreview refused(List<ImportProblem> problems) {
        return new ImportPreview(List.of(), List.of(), problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** True when applying would change nothing: a round trip of an export gives this. */
    public boolean changesNothing() {
        return changes.isEmpty();
    }

    public TableCount count(String table) {
        return counts.stream().filter(c -> c.table().equals(table)).findFirst()
                .orElse(new TableCount(table, 0, 0, 0));
    }
}
