package uk.co.goldenthread.packs.render;

import org.apache.commons.csv.CSVFormat;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.base.export.SafeCsvPrinter;
import uk.co.goldenthread.packs.snapshot.PackSnapshot;

/** pack.csv: UTF-8 with a byte-order mark, one row per measure per period, through the shared formula-safe writer. */
@Component
public class PackCsv {

    public byte[] render(PackSnapshot snapshot, String sha256) {
        return SafeCsvPrinter.utf8WithBom(CSVFormat.RFC4180, csv -> {
            csv.printRecord(DataRows.HEADINGS);
            DataRows.of(snapshot, sha256).forEach(csv::printRecord);
        });
    }
}
