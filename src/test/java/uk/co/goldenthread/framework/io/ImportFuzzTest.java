package uk.co.goldenthread.framework.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.base.DomainException;

/**
 * Fuzzing the framework import with generated hostile files: truncated workbooks, zip and XML bombs, wrong encodings,
 * formula cells, huge numbers, negative zero, over-long text, random bytes and mutated exports. Each is previewed and
 * then applied; every outcome must be a clear refusal or a whole import: no unhandled error, no partial import, the
 * heap bounded. {@code verify} runs 50 files; {@code ./mvnw -Pfuzz test} runs 1,000 ({@code -Dfuzz.files=N},
 * {@code -Dfuzz.seed=S} to repeat a run). Its own application context (and so its own database, with a 20 MB unpack
 * limit so that bombs are quick to make), since a hostile file that is valid is really imported.
 */
@SpringBootTest(properties = {"goldenthread.import.max-unpacked-bytes=20971520", "goldenthread.fuzz-context=true"})
class ImportFuzzTest {

    private static final int FILES = Integer.getInteger("fuzz.files", 50);
    private static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    private static final String[] HOSTILE_TEXT = {"=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-1+2", "@SUM(A1)",
        "\tTab", "\rCR", "1e308", "1e400", "-1e309", "99999999999999999999999999999999999999", "NaN", "Infinity",
        "-0", "-0.0", "0E-10", "", " ", "\u0000", "\uFEFF", "\uD83D\uDE00", "é", "<script>alert(1)</script>",
        "'; DROP TABLE measure; --", "../../etc/passwd", "%s%n", "null"};

    @Autowired
    ApplicationContext context;
    @Autowired
    FrameworkImportService imports;
    @Autowired
    JdbcTemplate jdbc;

    private record Outcome(String kind, String result) {
    }

    @Test
    void hostileImportFilesAreRefusedOrImportedWholeWithNoUnhandledErrorAndTheHeapBounded() {
        SignIn.as(context, "priya.shah");
        byte[] exportXlsx = imports.exportXlsx();
        byte[] exportCsv = imports.exportCsvZip();
        List<Function<Random, List<ImportFile>>> kinds = kinds(exportXlsx, exportCsv);
        Random random = new Random(SEED);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long retained = 0;
        Map<String, Integer> results = new LinkedHashMap<>();
        List<String> unhandled = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < FILES; i++) {
            int kind = i % kinds.size();
            List<ImportFile> files = kinds.get(kind).apply(random);
            String name = "file " + i + " (kind " + kind + ", " + files.getFirst().name() + ")";
            TableCounts before = TableCounts.of(jdbc);
            String result;
            try {
                ImportPreview preview = imports.preview(files, ImportOptions.DEFAULT, ProgressListener.NONE);
                try {
                    imports.apply(files, ImportOptions.DEFAULT, ProgressListener.NONE);
                    result = preview.hasProblems() ? "applied although the preview refused it" : "imported whole";
                    if (preview.hasProblems()) {
                        unhandled.add(name + ": " + result);
                    }
                } catch (DomainException e) { // ImportRefusedException included
                    result = "refused";
                    if (!TableCounts.of(jdbc).equals(before)) {
                        partial.add(name + ": refused but the tables changed");
                    }
                }
            } catch (Throwable e) {
                result = "unhandled " + e.getClass().getSimpleName();
                unhandled.add(name + ": " + e);
                if (!TableCounts.of(jdbc).equals(before)) {
                    partial.add(name + ": failed and the tables changed");
                }
            }
            results.merge(result, 1, Integer::sum);
            retained = Math.max(retained, retainedAfterLastCollection(heap));
        }
        // The sum of each pool's peak counts a full eden of garbage (and whatever earlier tests left), so it says
        // little about what an import holds; what the heap still holds after a collection is what must stay bounded.
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long max = Runtime.getRuntime().maxMemory();
        System.out.printf("Import fuzz: %d files (seed %d) in %.1f s: %s; %d unhandled, %d partial; peak heap %d MB, "
                + "at most %d MB retained after a collection (of %d MB max)%n", FILES, SEED,
                (System.nanoTime() - started) / 1e9, results, unhandled.size(), partial.size(), peak >> 20,
                retained >> 20, max >> 20);
        unhandled.stream().limit(20).forEach(u -> System.out.println("  unhandled: " + u));
        assertThat(unhandled).as("unhandled errors").isEmpty();
        assertThat(partial).as("partial imports").isEmpty();
        assertThat(retained).as("heap retained after a collection, bytes").isLessThan(Math.min(max, 1024L << 20));
        SignIn.out();
    }

    private static long retainedAfterLastCollection(List<MemoryPoolMXBean> heap) {
        return heap.stream().map(MemoryPoolMXBean::getCollectionUsage).filter(Objects::nonNull)
                .mapToLong(MemoryUsage::getUsed).sum();
    }

    private static List<Function<Random, List<ImportFile>>> kinds(byte[] exportXlsx, byte[] exportCsv) {
        return List.of(
                r -> one("truncated.xlsx", Arrays.copyOf(exportXlsx, r.nextInt(exportXlsx.length))),
                r -> one("truncated.zip", Arrays.copyOf(exportCsv, r.nextInt(exportCsv.length))),
                r -> one("bomb.xlsx", HostileFiles.zipBombWorkbook(25 + r.nextInt(10))),
                r -> one("bomb.zip", HostileFiles.zipBombCsv(25 + r.nextInt(10))),
                r -> one("laughs.xlsx", xmlBomb(r)),
                r -> one("measures.csv", encoded(r)),
                r -> one("mutated.xlsx", mutatedWorkbook(exportXlsx, r)),
                r -> one("mutated.zip", mutatedCsvZip(exportCsv, r)),
                r -> one("flipped.xlsx", flipped(exportXlsx, r)),
                r -> one("random.bin", random(r)),
                r -> one("wide.xlsx", HostileFiles.workbookWithSheet(1 + r.nextInt(50), 1 + r.nextInt(200),
                        HOSTILE_TEXT[r.nextInt(HOSTILE_TEXT.length)])),
                r -> one("odd.zip", oddZip(r)));
    }

    private static List<ImportFile> one(String name, byte[] content) {
        return List.of(new ImportFile(name, content));
    }

    /** The exported workbook with hostile text, numbers or formulas in a few random cells (over-long text too). */
    private static byte[] mutatedWorkbook(byte[] export, Random r) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export)); var out = new ByteArrayOutputStream()) {
            for (int m = 0; m < 1 + r.nextInt(4); m++) {
                Sheet sheet = workbook.getSheetAt(r.nextInt(workbook.getNumberOfSheets()));
                if (sheet.getLastRowNum() < 1) {
                    continue;
                }
                Row row = sheet.getRow(1 + r.nextInt(sheet.getLastRowNum()));
                if (row == null || row.getLastCellNum() <= 0) {
                    continue;
                }
                Cell cell = row.getCell(r.nextInt(row.getLastCellNum()), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                switch (r.nextInt(5)) {
                    case 0 -> cell.setCellValue(HOSTILE_TEXT[r.nextInt(HOSTILE_TEXT.length)]);
                    case 1 -> cell.setCellValue(new double[] {-0.0, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300,
                        9.999999999999999e22}[r.nextInt(5)]);
                    case 2 -> cell.setCellFormula("1+1");
                    case 3 -> cell.setCellValue("x".repeat(new int[] {41, 101, 201, 1001, 32_767}[r.nextInt(5)]));
                    default -> cell.setBlank();
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exported CSV ZIP with a line of one file mangled: hostile values, unbalanced quotes, extra columns. */
    private static byte[] mutatedCsvZip(byte[] export, Random r) {
        Map<String, String> files = TestFiles.unzip(export);
        List<String> names = new ArrayList<>(files.keySet());
        String name = names.get(r.nextInt(names.size()));
        List<String> lines = new ArrayList<>(List.of(files.get(name).split("\n", -1)));
        int at = lines.size() < 2 ? 0 : 1 + r.nextInt(lines.size() - 1);
        String[] damage = {"\"unbalanced", "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z",
            HOSTILE_TEXT[r.nextInt(HOSTILE_TEXT.length)] + "," + HOSTILE_TEXT[r.nextInt(HOSTILE_TEXT.length)],
            "X," + "long ".repeat(20_000), "\"a\"\"b\",\"c"};
        lines.add(Math.min(at, lines.size()), damage[r.nextInt(damage.length)]);
        files.put(name, String.join("\n", lines));
        return TestFiles.zip(files);
    }

    /** A CSV of the Measures table in a wrong encoding, or with bytes that are not UTF-8. */
    private static byte[] encoded(Random r) {
        String text = "code,type,title,unit,decimal places,polarity\nFZ01,KBM,Caf\u00e9 \u00a3 \u2013 d\u00e9j\u00e0,%,1,"
                + "higher is better\n";
        return switch (r.nextInt(5)) {
            case 0 -> text.getBytes(StandardCharsets.UTF_16LE);
            case 1 -> text.getBytes(StandardCharsets.UTF_16);
            case 2 -> text.getBytes(StandardCharsets.ISO_8859_1);
            case 3 -> text.getBytes(Charset.forName("windows-1252"));
            default -> {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                bytes[r.nextInt(bytes.length)] = (byte) (0x80 + r.nextInt(0x40));
                yield bytes;
            }
        };
    }

    /** A workbook whose sheet declares a billion-laughs entity (a DOCTYPE is refused before it expands). */
    private static byte[] xmlBomb(Random r) {
        byte[] template = TestFiles.workbook().sheet("Measures", List.of("code", "title")).file("t.xlsx").content();
        String entry = r.nextBoolean() ? "xl/worksheets/sheet1.xml" : "[Content_Types].xml";
        return HostileFiles.replaceEntry(template, entry, out -> {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
            for (int i = 1; i < 10; i++) {
                xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                        .repeat(10)).append("\">");
            }
            xml.append("]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>");
            out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    private static byte[] flipped(byte[] content, Random r) {
        byte[] copy = content.clone();
        for (int i = 0; i < 1 + r.nextInt(20); i++) {
            copy[r.nextInt(copy.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return copy;
    }

    private static byte[] random(Random r) {
        byte[] bytes = new byte[r.nextInt(4096)];
        r.nextBytes(bytes);
        if (bytes.length > 4 && r.nextBoolean()) {
            bytes[0] = 'P';
            bytes[1] = 'K';
            bytes[2] = 3;
            bytes[3] = 4;
        }
        return bytes;
    }

    /** ZIPs with names that climb out of folders, the same entry twice, a ZIP in a ZIP, or nothing at all. */
    private static byte[] oddZip(Random r) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            switch (r.nextInt(4)) {
                case 0 -> put(zip, "../../measures.csv", "code,title\nFZ02,Climbing\n");
                case 1 -> {
                    put(zip, "outcomes.csv", "code,title\n");
                    put(zip, "sub/outcomes.csv", "code,title\n");
                }
                case 2 -> put(zip, "inner.zip", new String(TestFiles.zip(Map.of("measures.csv", "code\n")),
                        StandardCharsets.ISO_8859_1));
                default -> {
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return new byte[] {'P', 'K', 5, 6};
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.ISO_8859_1));
        zip.closeEntry();
    }
}
