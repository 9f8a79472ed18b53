package uk.co.goldenthread.framework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server's limits on what reading an import may cost, each refused with a message naming the limit: what a file
 * unpacks to (a 300 MB zip bomb of a few hundred kilobytes), its number of cells, the length of a cell, and the time
 * reading it takes. Real POI and real files, no Spring needed.
 */
class ImportLimitsTest {

    private static List<String> refusal(WorkbookReader reader, ImportFile file) {
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(UnreadableFileException.class,
                () -> reader.read(List.of(file)));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems().stream().map(ImportProblem::message).toList();
    }

    @Test
    void aWorkbookThatUnpacksToMoreThanTheLimitIsRefusedWithoutUnpackingIt() {
        byte[] bomb = HostileFiles.zipBombWorkbook(300);
        assertThat(bomb.length).as("the bomb is small").isLessThan(2_000_000);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        assertThat(refusal(new WorkbookReader(ImportLimits.DEFAULT), new ImportFile("bomb.xlsx", bomb))).singleElement()
                .asString().contains("bomb.xlsx unpacks to more than the limit of 200 MB");
        long after = runtime.totalMemory() - runtime.freeMemory();
        assertThat(after - before).as("heap grown while refusing it").isLessThan(150L << 20);
    }

    @Test
    void aZipOfCsvThatUnpacksToMoreThanTheLimitIsRefused() {
        var limits = new ImportLimits(50L << 20, 10L << 20, 2_000_000, Duration.ofSeconds(60));
        assertThat(refusal(new WorkbookReader(limits), new ImportFile("bomb.zip", HostileFiles.zipBombCsv(30))))
                .singleElement().asString().contains("bomb.zip unpacks to more than the limit of 10 MB");
    }

    @Test
    void aWorkbookWithMoreCellsThanTheLimitIsRefused() {
        var limits = new ImportLimits(50L << 20, 200L << 20, 1_000, Duration.ofSeconds(60));
        assertThat(refusal(new WorkbookReader(limits), new ImportFile("wide.xlsx",
                HostileFiles.workbookWithSheet(100, 20, "v")))).singleElement().asString()
                .contains("wide.xlsx has more than the limit of 1,000 cells");
        assertThat(refusal(new WorkbookReader(limits), TestFiles.csv("measures.csv",
                "code,title\n" + "A,b\n".repeat(600)))).singleElement().asString()
                .contains("measures.csv has more than the limit of 1,000 cells");
    }

    @Test
    void aCellLongerThanExcelAllowsIsRefused() {
        assertThat(refusal(new WorkbookReader(ImportLimits.DEFAULT), new ImportFile("long.xlsx",
                HostileFiles.workbookWithSheet(2, 1, "z".repeat(40_000))))).singleElement().asString()
                .contains("long.xlsx: Measures cell A1 holds more than 32,767 characters");
    }

    @Test
    void readingStopsWhenItTakesLongerThanTheTimeLimit() {
        var limits = new ImportLimits(50L << 20, 200L << 20, 2_000_000, Duration.ZERO);
        assertThat(refusal(new WorkbookReader(limits), new ImportFile("slow.xlsx",
                HostileFiles.workbookWithSheet(50, 5, "v")))).singleElement().asString()
                .contains("slow.xlsx took longer than the limit of 0 seconds to read");
    }

    @Test
    void aFileWithinTheLimitsIsStillRead() {
        var limits = new ImportLimits(50L << 20, 10L << 20, 1_000, Duration.ofSeconds(60));
        FrameworkWorkbook workbook = new WorkbookReader(limits).read(List.of(TestFiles.workbook()
                .sheet("Measures", List.of("code", "title"), List.of("FIN99", "A measure")).file("ok.xlsx")));
        assertThat(workbook).isNotNull();
    }
}
