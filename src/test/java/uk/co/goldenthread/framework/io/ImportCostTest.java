package uk.co.goldenthread.framework.io;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.Statements;
import uk.co.goldenthread.benchmark.FrameworkImportBenchmark;

/**
 * What applying an import of new measures costs the database, in statements, as the file grows: 1,000 more measures
 * (each with its audit entry) must cost a few more batches, never a statement per measure. Each import is rolled back,
 * so no other test sees it. The file is the import benchmark's, smaller.
 */
@SpringBootTest
class ImportCostTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FrameworkImportService imports;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aThousandMoreMeasuresCostOnlyAFewMoreStatements() {
        long small = importRolledBack(20);
        long large = importRolledBack(1_020);
        System.out.printf("Applying an import: 20 new measures in %d statements; 1,020 in %d statements%n", small,
                large);
        assertThat(large - small).as("statements for 1,000 more measures and their audit entries (batches only)")
                .isLessThanOrEqualTo(6);
        assertThat(small).as("statements to apply an import of 20 new measures").isLessThanOrEqualTo(65);
    }

    @Test
    void theRolledBackImportsLeftNoMeasure() {
        importRolledBack(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM measure WHERE code LIKE 'COST-%'", Long.class)).isZero();
    }

    private long importRolledBack(int measures) {
        var statements = new Statements(context);
        ImportFile file = new ImportFile("cost.xlsx", FrameworkImportBenchmark.workbook("COST", measures));
        var transaction = new TransactionTemplate(transactionManager);
        Long count = transaction.execute(status -> {
            try {
                entityManager.clear();
                SignIn.as(context, "priya.shah");
                return statements.of(() -> {
                    var result = imports.apply(List.of(file), ImportOptions.DEFAULT, ProgressListener.NONE);
                    assertThat(result.applied().changes()).hasSize(measures + 5);
                    entityManager.flush();
                });
            } finally {
                status.setRollbackOnly();
            }
        });
        return count == null ? -1 : count;
    }
}
