package uk.co.goldenthread.base.export;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The one way Golden Thread writes CSV: Commons CSV, with every formula-like text neutralised ({@link FormulaText}),
 * headings included. Numbers (any {@link Number}) are written as they are. Use it for every CSV export.
 */
public final class SafeCsvPrinter implements Closeable, Flushable {

    private final CSVPrinter printer;

    /** A printer on {@code out} that writes the header first, when the format has one. */
    public SafeCsvPrinter(Appendable out, CSVFormat format) throws IOException {
        String[] header = format.getHeader();
        this.printer = new CSVPrinter(out, format.builder().setHeader((String[]) null).get());
        if (header != null && !format.getSkipHeaderRecord()) {
            printRecord(Arrays.asList(header));
        }
    }

    /** UTF-8 with a byte-order mark (so Excel reads £ and accents as written), the header first, then the rows. */
    public static byte[] utf8WithBom(CSVFormat format, Consumer<SafeCsvPrinter> rows) {
        var bytes = new ByteArrayOutputStream();
        writeUtf8WithBom(bytes, format, rows);
        return bytes.toByteArray();
    }

    /** As {@link #utf8WithBom(CSVFormat, Consumer)}, onto a stream that stays open (e.g. a ZIP entry). */
    public static void writeUtf8WithBom(OutputStream stream, CSVFormat format, Consumer<SafeCsvPrinter> rows) {
        try {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            out.write('\uFEFF');
            var printer = new SafeCsvPrinter(out, format);
            rows.accept(printer);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record; texts are neutralised, numbers and blanks (null) are written as they are. */
    public void printRecord(Iterable<?> values) {
        List<@Nullable Object> safe = new ArrayList<>();
        for (Object value : values) {
            safe.add(value instanceof CharSequence text ? FormulaText.neutralised(text.toString()) : value);
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record of the given values. */
    public void printRecord(@Nullable Object... values) {
        printRecord(Arrays.asList(values));
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
