package uk.co.goldenthread.framework.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.co.goldenthread.base.export.FormulaText;

/**
 * Reads one table from a UTF-8 CSV file (RFC 4180, headings in the first row, an optional byte-order mark); the
 * apostrophe an export puts before formula-like text is taken off again.
 */
final class CsvReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

    private CsvReader() {
    }

    /** The rows of the table, named by its heading row; the row numbers are those Excel shows when it opens the file. */
    static List<WorkbookRow> read(Table table, String fileName, byte[] content, List<ImportProblem> problems,
            ImportLimits.Budget budget) {
        String text = utf8(fileName, content);
        List<WorkbookRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Headings headings = null;
            List<String> headingTexts = List.of();
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber();
                budget.cells(Math.max(1, record.size()));
                if (headings == null) {
                    headingTexts = record.toList();
                    headings = new Headings(table, fileName, headingTexts, headingTexts, problems);
                    continue;
                }
                Map<String, WorkbookRow.Cell> cells = new LinkedHashMap<>();
                boolean any = false;
                for (int i = 0; i < record.size(); i++) {
                    budget.cellLength(record.get(i).length(), "row " + number + " value " + (i + 1));
                    String value = FormulaText.restored(record.get(i));
                    any |= !value.isBlank();
                    var heading = headings.at(i);
                    if (heading.isPresent()) {
                        cells.put(heading.get(), new WorkbookRow.Cell(heading.get(), value));
                    } else if (!value.isBlank()) {
                        String ref = i < headingTexts.size() ? "number " + (i + 1) : "number " + (i + 1)
                                + " (the file has only " + headingTexts.size() + " headings)";
                        headings.noHeading(number, ref, problems);
                    }
                }
                if (any) {
                    rows.add(new WorkbookRow(fileName, number, cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException(List.of(new ImportProblem(fileName, 0, "",
                    "could not be read as CSV (" + e.getMessage() + "). Check the quotes around values that hold commas.")));
        }
        return rows;
    }

    /** The text of a UTF-8 file without its byte-order mark; anything else is refused with the way to fix it. */
    static String utf8(String fileName, byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(fileName + " is not UTF-8 text. In Excel choose File > Save As > "
                    + "'CSV UTF-8 (Comma delimited)' and upload that file.");
        }
    }
}
