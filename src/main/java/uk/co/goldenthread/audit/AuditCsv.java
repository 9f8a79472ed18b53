package uk.co.goldenthread.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import uk.co.goldenthread.base.export.SafeCsvPrinter;

/** The audit trail as CSV for auditors: UTF-8 with a byte-order mark, so Excel reads £ and accents; no formulas. */
public final class AuditCsv {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.UK);
    private static final String[] HEADER = {"When", "Who", "On behalf of", "What", "Old value", "New value", "Reason"};

    private AuditCsv() {
    }

    public static byte[] write(List<AuditChange> changes) {
        return SafeCsvPrinter.utf8WithBom(CSVFormat.EXCEL.builder().setHeader(HEADER).get(), csv -> {
            for (AuditChange c : changes) {
                csv.printRecord(WHEN.format(c.at()), c.who(), c.onBehalfOf(), c.field(), c.oldValue(), c.newValue(),
                        c.reason());
            }
        });
    }
}
