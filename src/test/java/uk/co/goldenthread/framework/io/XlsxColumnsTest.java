package uk.co.goldenthread.framework.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

/** The sheet reader finds a cell's column itself, as POI's CellReference would (which it leaves odd references to). */
class XlsxColumnsTest {

    @Test
    void everyColumnOfAWideSheetIsReadAsPoiReadsIt() {
        for (int column = 0; column < 16_384; column++) {
            String ref = CellReference.convertNumToColString(column) + (column % 1000 + 1);
            assertThat(XlsxSheetHandler.columnOf(ref)).as(ref).isEqualTo(column);
        }
    }

    @Test
    void oddReferencesAreLeftToPoi() {
        for (String ref : List.of("a1", "$A$1", "AB", "A01x", "AAAA1", "B07")) {
            Integer poi;
            try {
                poi = (int) new CellReference(ref).getCol();
            } catch (RuntimeException e) {
                poi = null;
            }
            Integer ours;
            try {
                ours = XlsxSheetHandler.columnOf(ref);
            } catch (RuntimeException e) {
                ours = null;
            }
            assertThat(ours).as(ref).isEqualTo(poi);
        }
    }
}
