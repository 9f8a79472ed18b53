package uk.co.goldenthread.packs.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.packs.snapshot.PackSnapshot;

/** pack.csv: UTF-8 with a byte-order mark (so spreadsheets read £ and – correctly), one row per measure per period. */
@Component
public class PackCsv {

    public byte[] render(PackSnapshot snapshot, String sha256) {
        var out = new StringWriter();
        out.write('\uFEFF');
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(DataRows.HEADINGS);
            for (List<?> row : DataRows.of(snapshot, sha256)) {
                csv.printRecord(row.stream().map(PackCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value instanceof String text ? FormulaSafe.text(text) : value.toString();
    }
}
