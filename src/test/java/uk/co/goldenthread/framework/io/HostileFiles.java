package uk.co.goldenthread.framework.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Import files made to hurt: workbooks whose sheets unpack to far more than they weigh, and the like. */
final class HostileFiles {

    private HostileFiles() {
    }

    /** A real workbook with a Measures sheet whose sheet XML is replaced by {@code rows} rows of {@code cells} cells. */
    static byte[] workbookWithSheet(int rows, int cells, String cellText) {
        byte[] template = TestFiles.workbook().sheet("Measures", List.of("code", "title")).file("t.xlsx").content();
        return replaceEntry(template, "xl/worksheets/sheet1.xml", out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int r = 1; r <= rows; r++) {
                StringBuilder row = new StringBuilder("<row r=\"").append(r).append("\">");
                for (int c = 0; c < cells; c++) {
                    row.append("<c t=\"inlineStr\" r=\"").append(column(c)).append(r).append("\"><is><t>")
                            .append(cellText).append("</t></is></c>");
                }
                write(out, row.append("</row>").toString());
            }
            write(out, "</sheetData></worksheet>");
        });
    }

    /** A workbook whose sheet XML unpacks to about {@code megabytes} MB of one repeated row (a zip bomb). */
    static byte[] zipBombWorkbook(int megabytes) {
        String row = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + "x".repeat(900) + "</t></is></c></row>";
        int count = megabytes * 1024 * 1024 / row.length();
        byte[] template = TestFiles.workbook().sheet("Measures", List.of("code", "title")).file("t.xlsx").content();
        return replaceEntry(template, "xl/worksheets/sheet1.xml", out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < count; i++) {
                out.write(bytes);
            }
            write(out, "</sheetData></worksheet>");
        });
    }

    /** A ZIP of one CSV file that unpacks to about {@code megabytes} MB. */
    static byte[] zipBombCsv(int megabytes) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("measures.csv"));
            write(zip, "code,title\n");
            byte[] line = ("X," + "y".repeat(1000) + "\n").getBytes(StandardCharsets.UTF_8);
            for (long i = 0; i < (long) megabytes * 1024 * 1024 / line.length; i++) {
                zip.write(line);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** The ZIP with one entry's content written anew and every other entry copied as it was. */
    static byte[] replaceEntry(byte[] zip, String entryName, Writer content) {
        var bytes = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip)); var out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    content.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
