package uk.co.goldenthread.framework.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.co.goldenthread.framework.io.ImportFile;

/** Import files made in tests: XLSX workbooks (a cell starting with "=" becomes a formula) and ZIPs of CSV text. */
final class TestFiles {

    /** A workbook being built: sheet name, then rows (the first is the headings); null leaves a row empty. */
    static final class Workbook {
        private final XSSFWorkbook workbook = new XSSFWorkbook();

        Workbook sheet(String name, List<String>... rows) {
            Sheet sheet = workbook.createSheet(name);
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    String value = rows[r].get(c);
                    if (value.startsWith("=")) {
                        row.createCell(c).setCellFormula(value.substring(1));
                    } else if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            return this;
        }

        Workbook merge(String sheet, String range) {
            workbook.getSheet(sheet).addMergedRegion(CellRangeAddress.valueOf(range));
            return this;
        }

        ImportFile file(String name) {
            try (workbook; var out = new ByteArrayOutputStream()) {
                workbook.write(out);
                return new ImportFile(name, out.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private TestFiles() {
    }

    static Workbook workbook() {
        return new Workbook();
    }

    static ImportFile csv(String name, String text) {
        return new ImportFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The CSV files of a ZIP as text, by file name (in order). */
    static Map<String, String> unzip(byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static byte[] zip(Map<String, String> files) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
