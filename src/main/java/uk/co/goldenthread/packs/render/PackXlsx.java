package uk.co.goldenthread.packs.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.base.export.SafeCells;
import uk.co.goldenthread.packs.snapshot.PackSnapshot;

/** pack.xlsx: a Data sheet with the same rows as pack.csv (numbers as numeric cells) and an About sheet. */
@Component
public class PackXlsx {

    public byte[] render(PackSnapshot snapshot, String sha256) {
        try (var book = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
            var cells = new SafeCells(book);
            var data = book.createSheet("Data");
            // every cell gets the default style: a cell without one is looked up in its column's style, per cell
            CellStyle plain = book.getCellStyleAt(0);
            write(cells, plain, data.createRow(0), DataRows.HEADINGS);
            int r = 1;
            for (List<?> row : DataRows.of(snapshot, sha256)) {
                write(cells, plain, data.createRow(r++), row);
            }
            var about = book.createSheet("About");
            String[][] facts = {{"Title", snapshot.title()}, {"Council", snapshot.council()},
                    {"Version", Integer.toString(snapshot.version())}, {"SHA-256", sha256},
                    {"Licence", snapshot.licence()}};
            for (int i = 0; i < facts.length; i++) {
                write(cells, plain, about.createRow(i), List.of(facts[i][0], facts[i][1]));
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(SafeCells safe, CellStyle plain, Row row, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            var cell = row.createCell(c);
            cell.setCellStyle(plain);
            if (value instanceof BigDecimal number) {
                safe.number(cell, number);
            } else if (value instanceof Integer number) {
                cell.setCellValue(number);
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            } else if (value != null) {
                safe.text(cell, value.toString());
            }
        }
    }
}
