package uk.co.goldenthread.framework.io;

import java.time.Duration;
import java.util.Locale;

/**
 * What an import may cost, all enforced on the server before or while a file is read: its size as uploaded, the total
 * it unpacks to (XLSX and ZIP are compressed: a small file can unpack to gigabytes), its number of cells, the length
 * of one cell, and the time reading it may take. Settings {@code goldenthread.import.max-bytes} (50 MB),
 * {@code goldenthread.import.max-unpacked-bytes} (200 MB), {@code goldenthread.import.max-cells} (2,000,000) and
 * {@code goldenthread.import.max-read-time} (60 s); a cell holds at most 32,767 characters, as in Excel.
 */
public record ImportLimits(long maxBytes, long maxUnpackedBytes, long maxCells, Duration maxReadTime) {

    public static final int MAX_CELL_CHARACTERS = 32_767;
    public static final ImportLimits DEFAULT = new ImportLimits(50L << 20, 200L << 20, 2_000_000, Duration.ofSeconds(60));

    static String megabytes(long bytes) {
        return String.format(Locale.UK, "%,d MB", bytes / (1024 * 1024));
    }

    /** The running cost of reading one upload, checked as it grows. */
    Budget budget(String fileName) {
        return new Budget(this, fileName);
    }

    static final class Budget {
        private final ImportLimits limits;
        private final long deadline;
        private final String fileName;
        private long unpacked;
        private long cells;

        private Budget(ImportLimits limits, String fileName) {
            this.limits = limits;
            this.deadline = System.nanoTime() + limits.maxReadTime().toNanos();
            this.fileName = fileName;
        }

        long maxUnpackedBytes() {
            return limits.maxUnpackedBytes();
        }

        void unpacked(long bytes) {
            unpacked += bytes;
            if (unpacked > limits.maxUnpackedBytes()) {
                throw new UnreadableFileException(unpackedTooMuch());
            }
        }

        String unpackedTooMuch() {
            return fileName + " unpacks to more than the limit of " + megabytes(limits.maxUnpackedBytes())
                    + ". A framework is far smaller: check it is the right file, or remove what does not belong to "
                    + "the framework.";
        }

        void cells(long count) {
            cells += count;
            if (cells > limits.maxCells()) {
                throw new UnreadableFileException(String.format(Locale.UK, "%s has more than the limit of %,d cells. "
                        + "Remove the rows and columns that do not belong to the framework.", fileName, limits.maxCells()));
            }
            if ((cells & 1023) == 0) {
                time();
            }
        }

        void time() {
            if (System.nanoTime() - deadline > 0) {
                throw new UnreadableFileException(fileName + " took longer than the limit of " + limits.maxReadTime().toSeconds()
                        + " seconds to read, so reading it was stopped. Split it, or remove what does not belong to "
                        + "the framework.");
            }
        }

        void cellLength(int characters, String where) {
            if (characters > MAX_CELL_CHARACTERS) {
                throw new UnreadableFileException(String.format(Locale.UK, "%s: %s holds more than %,d characters, "
                        + "the most a cell can hold.", fileName, where, MAX_CELL_CHARACTERS));
            }
        }
    }
}
