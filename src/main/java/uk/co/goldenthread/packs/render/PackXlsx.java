package uk.co.goldenthread.packs.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.base.export.SafeCells;
import uk.co.goldenthread.packs.snapshot.PackSnapshot;

/**
 * pack.xlsx: a Data sheet with the same rows as pack.csv (numbers as numeric cells); an About sheet with the pack's
 * cover (council, quarter, version, compiled, the Cabinet meeting, a correction's note, SHA-256, licence); and the
 * annexes as sheets of their own: Missing returns, Late returns and Data quality. Dates are date cells, shown as
 * 27 Feb 2020.
 */
@Component
public class PackXlsx {

    public byte[] render(PackSnapshot snapshot, String sha256) {
        try (var book = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
            var cells = new SafeCells(book);
            var data = book.createSheet("Data");
            // every cell gets the default style: a cell without one is looked up in its column's style, per cell
            CellStyle plain = book.getCellStyleAt(0);
            CellStyle day = book.createCellStyle();
            day.setDataFormat(book.createDataFormat().getFormat("d mmm yyyy"));
            CellStyle moment = book.createCellStyle();
            moment.setDataFormat(book.createDataFormat().getFormat("d mmm yyyy hh:mm"));
            var styles = new Styles(cells, plain, day, moment);
            write(styles, data.createRow(0), DataRows.HEADINGS);
            int r = 1;
            for (List<?> row : DataRows.of(snapshot, sha256)) {
                write(styles, data.createRow(r++), row);
            }
            List<List<?>> facts = new ArrayList<>();
            facts.add(List.of("Title", snapshot.title()));
            facts.add(List.of("Council", snapshot.council()));
            facts.add(List.of("Quarter", snapshot.quarter()));
            facts.add(List.of("Version", snapshot.version()));
            facts.add(List.of("Compiled", snapshot.compiledAt()));
            facts.add(snapshot.cabinetDate() == null ? List.of("Cabinet meeting", "Not in the timetable")
                    : List.of("Cabinet meeting", snapshot.cabinetDate()));
            if (snapshot.correctionNote() != null) {
                facts.add(List.of("Corrects the earlier version", snapshot.correctionNote()));
            }
            facts.add(List.of("SHA-256", sha256));
            facts.add(List.of("Licence", snapshot.licence()));
            facts.add(List.of("Licence URL", DataRows.LICENCE_URL));
            sheet(book, styles, "About", List.of("Item", "Value"), facts);
            sheet(book, styles, "Missing returns", List.of("Directorate", "Commissioning area", "AD Delivery"),
                    snapshot.missingReturns().stream().<List<?>>map(m -> List.of(m.directorate(),
                            m.commissioningArea(), m.adDelivery())).toList());
            sheet(book, styles, "Late returns", List.of("Directorate", "Commissioning area", "AD Delivery",
                    "Submission deadline", "Submitted on"), snapshot.lateReturns().stream().<List<?>>map(l -> List.of(
                            l.directorate(), l.commissioningArea(), l.adDelivery(), l.deadline(), l.submittedOn()))
                    .toList());
            var quality = snapshot.dataQuality();
            List<List<?>> findings = new ArrayList<>();
            quality.missingValues().forEach(code -> findings.add(List.of("Missing value", code)));
            quality.missingTargets().forEach(code -> findings.add(List.of("Missing target", code)));
            quality.proxies().forEach(code -> findings.add(List.of("Proxy measure", code)));
            quality.missingReturns().forEach(label -> findings.add(List.of("Missing return", label)));
            quality.lateReturns().forEach(label -> findings.add(List.of("Late return", label)));
            sheet(book, styles, "Data quality", List.of("Finding", "Measure or return"), findings);
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(SafeCells safe, CellStyle plain, CellStyle day, CellStyle moment) {
    }

    /** A sheet of its headings and rows; a sheet with no rows says so under its headings. */
    private static void sheet(SXSSFWorkbook book, Styles styles, String name, List<String> headings,
            List<List<?>> rows) {
        var sheet = book.createSheet(name);
        write(styles, sheet.createRow(0), headings);
        int r = 1;
        for (List<?> row : rows) {
            write(styles, sheet.createRow(r++), row);
        }
        if (rows.isEmpty()) {
            write(styles, sheet.createRow(1), List.of("None"));
        }
    }

    private static void write(Styles styles, Row row, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            var cell = row.createCell(c);
            cell.setCellStyle(styles.plain());
            if (value instanceof BigDecimal number) {
                styles.safe().number(cell, number);
            } else if (value instanceof Integer number) {
                cell.setCellValue(number);
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(styles.day());
            } else if (value instanceof LocalDateTime at) {
                cell.setCellValue(at);
                cell.setCellStyle(styles.moment());
            } else if (value != null) {
                styles.safe().text(cell, value.toString());
            }
        }
    }
}
