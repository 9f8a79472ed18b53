package uk.co.goldenthread.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.co.goldenthread.Application;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.people.PeopleService;

/**
 * The backup of README "Backup and restore", as an operator runs it: mariadb-dump of the running application's
 * embedded database with the data directory's own credentials file, loaded with the mariadb client into a fresh
 * embedded instance, and a second application started on that copy (as an external database, connected as the
 * copy's data-only account) reads the same council.
 */
@SpringBootTest
class BackupAndRestoreTest {

    @Autowired
    @Qualifier(EmbeddedDbStarter.BEAN_NAME)
    EmbeddedMariaDb running;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FrameworkService framework;

    @Autowired
    PeopleService people;

    @Test
    void aDumpRestoredIntoAFreshInstanceIsReadByTheApplication() throws Exception {
        Path folder = Files.createTempDirectory("golden-thread-backup-");
        try {
            Path backup = folder.resolve("backup.sql");
            Path bin = Path.of("target/mariadb-11.4.5/bin").toAbsolutePath();
            run(new ProcessBuilder(bin.resolve("mariadb-dump").toString(),
                    "--defaults-extra-file=" + running.dataDir().resolve(EmbeddedDbCredentials.FILE_NAME),
                    "--single-transaction", "--routines", "--triggers", "--hex-blob", "--skip-add-locks", "goldenthread")
                    .redirectOutput(backup.toFile()));
            assertThat(Files.readString(backup)).contains("CREATE TABLE `audit_entry`", "audit_entry_no_delete",
                    "ACT_RU_TASK", "DATABASECHANGELOG");

            var fresh = new EmbeddedDbSettings(Path.of("target/mariadb-11.4.5").toAbsolutePath(),
                    folder.resolve("db"), 0, "goldenthread", false, Duration.ofMinutes(2), List.of());
            try (var copy = EmbeddedMariaDb.start(fresh)) {
                run(new ProcessBuilder(bin.resolve("mariadb").toString(),
                        "--defaults-extra-file=" + copy.dataDir().resolve(EmbeddedDbCredentials.FILE_NAME),
                        "goldenthread").redirectInput(backup.toFile()));

                try (var restored = new SpringApplicationBuilder(Application.class)
                        .properties("spring.profiles.active=prod", "server.port=0", "spring.datasource.url=" + copy.jdbcUrl(),
                                "spring.datasource.username=" + copy.appUsername(),
                                "spring.datasource.password=" + copy.appPassword(),
                                "goldenthread.security.hash-key=the restored installation's own secret, 32+ chars")
                        .run()) {
                    assertThat(restored.getBean(FrameworkService.class).measureCount())
                            .isEqualTo(framework.measureCount()).isPositive();
                    assertThat(restored.getBean(PeopleService.class).count()).isEqualTo(people.count());
                    assertThat(new JdbcTemplate(restored.getBean(javax.sql.DataSource.class))
                            .queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class))
                            .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class));
                }
            }
        } finally {
            DataDirectory.deleteRecursively(folder);
        }
    }

    private static void run(ProcessBuilder builder) throws Exception {
        Process process = builder.redirectError(ProcessBuilder.Redirect.PIPE).start();
        String errors = new String(process.getErrorStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(errors).isZero();
    }
}
