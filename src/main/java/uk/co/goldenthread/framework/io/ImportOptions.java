package uk.co.goldenthread.framework.io;

/** Choices made when importing: whether measures absent from the file's Measures sheet are retired. */
public record ImportOptions(boolean retireMeasuresNotInFile) {

    public static final ImportOptions DEFAULT = new ImportOptions(false);
}
