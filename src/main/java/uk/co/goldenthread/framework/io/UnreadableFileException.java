package uk.co.goldenthread.framework.io;

import java.util.List;
import uk.co.goldenthread.framework.io.ImportProblem;

/** The file cannot be read as the import format; the problems say where and why. */
public class UnreadableFileException extends RuntimeException {

    private final List<ImportProblem> problems;

    public UnreadableFileException(List<ImportProblem> problems) {
        super(problems.isEmpty() ? "unreadable" : problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public UnreadableFileException(String reason) {
        this(List.of(ImportProblem.ofFile(reason)));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
