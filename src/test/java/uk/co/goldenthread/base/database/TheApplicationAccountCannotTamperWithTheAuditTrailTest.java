package uk.co.goldenthread.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application's own connection, as an attacker who took over the application would use it: it writes audit
 * entries, but cannot change or delete them, nor remove the triggers that make the trail append-only.
 */
@SpringBootTest
class TheApplicationAccountCannotTamperWithTheAuditTrailTest {

    @Autowired
    DataSource application;

    @Autowired
    @Qualifier(EmbeddedDbStarter.MIGRATION_DATA_SOURCE)
    DataSource migration;

    @Test
    void theApplicationAccountCannotDropTheTriggersNorDeleteOrUpdateAuditRows() throws Exception {
        try (var connection = application.getConnection(); var statement = connection.createStatement()) {
            var user = statement.executeQuery("SELECT CURRENT_USER()");
            user.next();
            assertThat(user.getString(1)).isEqualTo("goldenthread_app@127.0.0.1");
            statement.execute("INSERT INTO audit_entry (occurred_at, actor, subject_type, subject_id, field, new_value)"
                    + " VALUES (NOW(6), 'tamper.test', 'Test', 1, 'evidence', 'must stay')");
            long before = count(statement);

            for (String sql : List.of("DELETE FROM audit_entry WHERE actor = 'tamper.test'",
                    "UPDATE audit_entry SET new_value = 'rewritten' WHERE actor = 'tamper.test'",
                    "DROP TRIGGER audit_entry_no_delete", "DROP TRIGGER audit_entry_no_update",
                    "TRUNCATE TABLE audit_entry", "DROP TABLE audit_entry", "RENAME TABLE audit_entry TO old_audit",
                    "ALTER TABLE audit_entry DROP COLUMN new_value",
                    "CREATE TRIGGER audit_entry_wipe BEFORE INSERT ON audit_entry FOR EACH ROW SET NEW.actor = 'x'",
                    "DROP DATABASE " + connection.getCatalog())) {
                assertThatThrownBy(() -> statement.execute(sql)).as(sql).isInstanceOf(SQLException.class);
            }
            assertThat(count(statement)).isEqualTo(before);
            var evidence = statement.executeQuery("SELECT new_value FROM audit_entry WHERE actor = 'tamper.test'");
            evidence.next();
            assertThat(evidence.getString(1)).isEqualTo("must stay");
        }
        try (var connection = migration.getConnection(); var statement = connection.createStatement()) {
            var triggers = statement.executeQuery("SELECT COUNT(*) FROM information_schema.TRIGGERS"
                    + " WHERE EVENT_OBJECT_TABLE = 'audit_entry' AND TRIGGER_SCHEMA = DATABASE()");
            triggers.next();
            assertThat(triggers.getInt(1)).isEqualTo(2);
        }
    }

    private static long count(java.sql.Statement statement) throws SQLException {
        var result = statement.executeQuery("SELECT COUNT(*) FROM audit_entry");
        result.next();
        return result.getLong(1);
    }
}
