package uk.co.goldenthread.framework.io;

import java.util.List;
import java.util.stream.Collectors;
import uk.co.goldenthread.base.DomainException;

/** The import file has problems, so nothing was changed; the message lists them. */
public class ImportRefusedException extends DomainException {

    private final List<ImportProblem> problems;

    public ImportRefusedException(List<ImportProblem> problems) {
        super(problems.stream().map(ImportProblem::message)
                .collect(Collectors.joining("\n", "Nothing was imported. ", "")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
