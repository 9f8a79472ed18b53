package uk.co.goldenthread.base.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accounts of an embedded server and their generated passwords ({@link EmbeddedDbCredentials}): the administrator
 * by socket only, the migration account that owns the schema, and the application's data-only account.
 */
final class EmbeddedDbAccounts {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDbAccounts.class);

    private final EmbeddedDbSettings settings;
    private final MariaDbBinaries binaries;
    private final DataDirectory folders;

    EmbeddedDbAccounts(EmbeddedDbSettings settings, MariaDbBinaries binaries, DataDirectory folders) {
        this.settings = settings;
        this.binaries = binaries;
        this.folders = folders;
    }

    /**
     * Sets up the accounts before the server ever listens: on a new data directory, and on one from an earlier version
     * (root with an empty password, run with --skip-grant-tables), whose accounts are all replaced. It runs mariadbd
     * in bootstrap mode, which reads SQL from its standard input and opens no port and no socket; the passwords go
     * through that pipe, never through a command line.
     */
    EmbeddedDbCredentials provision(ServerUser user) throws IOException, InterruptedException {
        String database = settings.databaseName();
        var sql = new StringBuilder();
        EmbeddedDbCredentials accounts;
        if (EmbeddedDbCredentials.exist(settings.dataDir())) {
            EmbeddedDbCredentials known = EmbeddedDbCredentials.read(settings.dataDir());
            if (known.database().equals(database)) {
                return known;
            }
            accounts = known.forDatabase(database);
        } else {
            log.info("Setting up the accounts of the embedded MariaDB in {} (grant tables on, generated passwords)",
                    settings.dataDir());
            accounts = EmbeddedDbCredentials.generate(database);
            // only root@localhost (socket) and MariaDB's own system accounts remain: no anonymous, no root over TCP
            sql.append("""
                    FLUSH PRIVILEGES;
                    DELETE FROM mysql.global_priv WHERE User NOT IN ('mariadb.sys', 'PUBLIC')
                        AND NOT (User = 'root' AND Host = 'localhost');
                    DELETE FROM mysql.db WHERE User NOT IN ('mariadb.sys', 'PUBLIC');
                    DELETE FROM mysql.tables_priv WHERE User NOT IN ('mariadb.sys', 'PUBLIC', 'root');
                    DELETE FROM mysql.proxies_priv WHERE NOT (User = 'root' AND Host = 'localhost');
                    FLUSH PRIVILEGES;
                    ALTER USER 'root'@'localhost' IDENTIFIED BY '%s';
                    """.formatted(accounts.adminPassword()));
        }
        String migration = "'" + EmbeddedDbCredentials.MIGRATION_USER + "'@'" + EmbeddedDbCredentials.HOST + "'";
        String app = "'" + EmbeddedDbCredentials.APP_USER + "'@'" + EmbeddedDbCredentials.HOST + "'";
        sql.append("""
                FLUSH PRIVILEGES;
                CREATE DATABASE IF NOT EXISTS `%1$s` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                CREATE USER IF NOT EXISTS %2$s IDENTIFIED BY '%3$s';
                ALTER USER %2$s IDENTIFIED BY '%3$s';
                GRANT ALL PRIVILEGES ON `%1$s`.* TO %2$s;
                CREATE USER IF NOT EXISTS %4$s IDENTIFIED BY '%5$s';
                ALTER USER %4$s IDENTIFIED BY '%5$s';
                GRANT SELECT, INSERT, UPDATE, DELETE ON `%1$s`.* TO %4$s;
                """.formatted(database, migration, accounts.migrationPassword(), app, accounts.appPassword()));

        var command = new ArrayList<>(List.of(binaries.server(), "--no-defaults", "--bootstrap", "--skip-name-resolve",
                "--basedir=" + settings.baseDir().toAbsolutePath(), "--datadir=" + settings.dataDir().toAbsolutePath(),
                "--tmpdir=" + folders.tmpDir().toAbsolutePath(), "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci"));
        command.addAll(user.arguments());
        Process bootstrap = binaries.process(command).start();
        var output = new StringBuilder();
        MariaDbBinaries.drain(bootstrap, line -> output.append(line).append('\n'));
        try (var input = bootstrap.getOutputStream()) {
            input.write(sql.toString().getBytes(StandardCharsets.UTF_8));
        }
        if (!bootstrap.waitFor(2, TimeUnit.MINUTES) || bootstrap.exitValue() != 0 || output.indexOf("ERROR") >= 0) {
            bootstrap.destroyForcibly();
            throw new IOException("Setting up the accounts of the embedded MariaDB failed: " + output);
        }
        // written only once the accounts exist: a failure above leaves the data directory as it was, to retry
        accounts.write(settings.dataDir(), folders.socketPath());
        return accounts;
    }

    /**
     * Triggers created by earlier versions, under --skip-grant-tables, name a definer that no longer exists
     * ({@code ''@''}), so they would refuse with "definer does not exist" instead of their own message: they are
     * created again, unchanged, with the migration account as definer.
     */
    void redefineTriggersOfEarlierVersions(String jdbcUrl, EmbeddedDbCredentials accounts) throws SQLException {
        String definer = EmbeddedDbCredentials.MIGRATION_USER + "@" + EmbeddedDbCredentials.HOST;
        try (var connection = DriverManager.getConnection(jdbcUrl, EmbeddedDbCredentials.MIGRATION_USER,
                accounts.migrationPassword());
                var query = connection.prepareStatement("SELECT TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION,"
                        + " EVENT_OBJECT_TABLE, ACTION_STATEMENT FROM information_schema.TRIGGERS"
                        + " WHERE TRIGGER_SCHEMA = ? AND DEFINER <> ? ORDER BY EVENT_OBJECT_TABLE, ACTION_ORDER")) {
            query.setString(1, settings.databaseName());
            query.setString(2, definer);
            List<String> statements = new ArrayList<>();
            try (var triggers = query.executeQuery()) {
                while (triggers.next()) {
                    String name = triggers.getString(1);
                    statements.add("DROP TRIGGER `" + name + "`");
                    statements.add("CREATE DEFINER = CURRENT_USER TRIGGER `" + name + "` " + triggers.getString(2) + " "
                            + triggers.getString(3) + " ON `" + triggers.getString(4) + "` FOR EACH ROW "
                            + triggers.getString(5));
                }
            }
            try (var statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            if (!statements.isEmpty()) {
                log.info("Redefined {} triggers of an earlier version with definer {}", statements.size() / 2, definer);
            }
        }
    }
}
