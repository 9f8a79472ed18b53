package uk.co.goldenthread.framework.io;

import org.jspecify.annotations.Nullable;

/**
 * Choices made when importing: whether measures absent from the file's Measures sheet are retired, and the reason for
 * importing although some measures or intentions would then go to no return (audited; without it such an import is
 * refused, naming them).
 */
public record ImportOptions(boolean retireMeasuresNotInFile, @Nullable String reasonForNoRoute) {

    public static final ImportOptions DEFAULT = new ImportOptions(false);

    public ImportOptions(boolean retireMeasuresNotInFile) {
        this(retireMeasuresNotInFile, null);
    }

    public ImportOptions {
        reasonForNoRoute = reasonForNoRoute == null || reasonForNoRoute.isBlank() ? null : reasonForNoRoute.strip();
    }
}
