package uk.co.goldenthread.framework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.framework.io.TableCounts;
import uk.co.goldenthread.framework.io.FrameworkImportService;
import uk.co.goldenthread.framework.io.ProgressListener;

/** Not @Transactional: the import runs in its own transaction, and a failure half-way leaves nothing behind. */
@SpringBootTest
class ImportAtomicityTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    FrameworkImportService imports;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aFailureAfterTheMeasuresAreSavedRollsBackTheWholeImport() {
        SignIn.as(context, "priya.shah");
        TableCounts before = TableCounts.of(jdbc);
        ProgressListener failingLate = (fraction, step) -> {
            if (step.startsWith("Writing the audit trail")) {
                throw new IllegalStateException("the screen went away");
            }
        };

        assertThatThrownBy(() -> imports.loadShipped("warwickshire-2019", failingLate))
                .hasMessage("the screen went away");

        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
    }
}
