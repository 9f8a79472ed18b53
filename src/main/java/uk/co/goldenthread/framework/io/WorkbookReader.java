package uk.co.goldenthread.framework.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import uk.co.goldenthread.framework.io.ImportFile;
import uk.co.goldenthread.framework.io.ImportProblem;

/**
 * Reads the uploaded files into one workbook, telling the kind of each by its content (not its name): an XLSX
 * workbook, a ZIP of CSV files, or one CSV file per table. Collects every problem it finds, then refuses them all.
 */
public final class WorkbookReader {

    private final long maxBytes;
    private final ImportLimits limits;

    public WorkbookReader(long maxBytes) {
        this(new ImportLimits(maxBytes, ImportLimits.DEFAULT.maxUnpackedBytes(), ImportLimits.DEFAULT.maxCells(),
                ImportLimits.DEFAULT.maxReadTime()));
    }

    public WorkbookReader(ImportLimits limits) {
        this.limits = limits;
        this.maxBytes = limits.maxBytes();
    }

    /** Reads at most the size limit from a stream; refuses a longer one without reading the rest. */
    public ImportFile receive(String fileName, InputStream content) {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new UnreadableFileException(tooLarge(fileName));
            }
            return new ImportFile(fileName, bytes);
        } catch (IOException e) {
            throw new UnreadableFileException("The upload of " + fileName + " did not complete; please try again.");
        }
    }

    public FrameworkWorkbook read(List<ImportFile> files) {
        if (files.isEmpty()) {
            throw new UnreadableFileException("No file was given.");
        }
        long total = files.stream().mapToLong(f -> f.content().length).sum();
        if (total > maxBytes) {
            throw new UnreadableFileException(tooLarge(files.getFirst().name()));
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<Table, List<WorkbookRow>> tables = new EnumMap<>(Table.class);
        for (ImportFile file : files) {
            readOne(file, problems).forEach((table, rows) -> {
                if (tables.putIfAbsent(table, rows) != null) {
                    problems.add(new ImportProblem(table.sheetName(), 0, "", "is given twice; upload it once."));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new UnreadableFileException(problems);
        }
        return new FrameworkWorkbook(tables);
    }

    private Map<Table, List<WorkbookRow>> readOne(ImportFile file, List<ImportProblem> problems) {
        byte[] content = file.content();
        String name = file.name();
        String lower = name.toLowerCase(Locale.UK);
        ImportLimits.Budget budget = limits.budget(name);
        if (isZip(content)) {
            return hasEntry(name, content, "[Content_Types].xml") ? XlsxReader.read(name, content, problems, budget)
                    : readZipOfCsv(name, content, problems, budget);
        }
        if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF) {
            throw new UnreadableFileException(name + " is an old-style Excel workbook (.xls) or a protected one. Save it "
                    + "as an Excel Workbook (.xlsx) without a password and upload that.");
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".zip") || looksBinary(content)) {
            throw new UnreadableFileException(name + " is not an Excel workbook (.xlsx), a CSV file or a ZIP of CSV "
                    + "files: its content is of another kind, or it is damaged.");
        }
        Map<Table, List<WorkbookRow>> one = new EnumMap<>(Table.class);
        Headings.tableOf(name, problems).ifPresent(t -> one.put(t, CsvReader.read(t, name, content, problems, budget)));
        return one;
    }

    private Map<Table, List<WorkbookRow>> readZipOfCsv(String zipName, byte[] content, List<ImportProblem> problems,
            ImportLimits.Budget budget) {
        Map<Table, List<WorkbookRow>> tables = new EnumMap<>(Table.class);
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            long unpacked = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (entry.isDirectory() || name.startsWith(".") || entry.getName().startsWith("__MACOSX")) {
                    continue;
                }
                byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                        limits.maxUnpackedBytes() - unpacked + 1));
                unpacked += bytes.length;
                budget.unpacked(bytes.length);
                Headings.tableOf(name, problems).ifPresent(t -> tables.put(t, CsvReader.read(t, name, bytes, problems,
                        budget)));
            }
        } catch (IOException e) {
            throw new UnreadableFileException(zipName + " could not be unpacked; it may be damaged.");
        }
        return tables;
    }

    private static boolean hasEntry(String name, byte[] content, String wanted) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(wanted)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UnreadableFileException(name + " could not be unpacked; it may be damaged.");
        }
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static boolean looksBinary(byte[] content) {
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private String tooLarge(String fileName) {
        return fileName + " is larger than the limit of " + ImportLimits.megabytes(maxBytes) + "; split it or remove "
                + "what does not belong to the framework.";
    }
}
