package uk.co.goldenthread.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The audit trail as CSV for auditors: UTF-8 with a byte-order mark, so Excel reads £ and accents as written. */
public final class AuditCsv {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.UK);
    private static final String[] HEADER = {"When", "Who", "On behalf of", "What", "Old value", "New value", "Reason"};

    private AuditCsv() {
    }

    public static byte[] write(List<AuditChange> changes) {
        var bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            var csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(HEADER).get());
            for (AuditChange c : changes) {
                csv.printRecord(WHEN.format(c.at()), c.who(), c.onBehalfOf(), c.field(), c.oldValue(), c.newValue(),
                        c.reason());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
