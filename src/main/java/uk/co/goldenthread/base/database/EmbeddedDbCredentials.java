package uk.co.goldenthread.base.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

/**
 * The generated passwords of one embedded data directory, kept in {@value #FILE_NAME} inside it, readable by its owner
 * only. The file is also a MariaDB option file: its {@code [client]} group lets {@code mariadb} and
 * {@code mariadb-dump} connect as the administrator through the private socket (README, Backup); the
 * {@code [golden-thread]} group, which MariaDB's programs ignore, holds the application's and the migration's accounts.
 */
record EmbeddedDbCredentials(String adminPassword, String migrationPassword, String appPassword, String database) {

    static final String FILE_NAME = "golden-thread-credentials.cnf";
    static final String ADMIN_USER = "root";
    static final String MIGRATION_USER = "goldenthread_migration";
    static final String APP_USER = "goldenthread_app";
    /** The two accounts the application uses connect over TCP to 127.0.0.1 only; the administrator by socket only. */
    static final String HOST = "127.0.0.1";

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedDbCredentials generate(String database) {
        return new EmbeddedDbCredentials(password(), password(), password(), database);
    }

    EmbeddedDbCredentials forDatabase(String otherDatabase) {
        return new EmbeddedDbCredentials(adminPassword, migrationPassword, appPassword, otherDatabase);
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    static boolean exist(Path dataDir) {
        return Files.isRegularFile(file(dataDir));
    }

    static EmbeddedDbCredentials read(Path dataDir) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(file(dataDir), StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (equals > 0 && !line.startsWith("#")) {
                values.putIfAbsent(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
            }
        }
        return new EmbeddedDbCredentials(required(values, "password", dataDir),
                required(values, "migration-password", dataDir), required(values, "app-password", dataDir),
                required(values, "database", dataDir));
    }

    private static String required(Map<String, String> values, String key, Path dataDir) throws IOException {
        String value = values.get(key);
        if (value == null) {
            throw new IOException(file(dataDir) + " has no " + key + ": restore it from a backup of the data"
                    + " directory, or move the data directory away to start afresh");
        }
        return value;
    }

    /** Writes the file owner-only, atomically: a crash leaves the old file or the new one, never half of one. */
    void write(Path dataDir, String socket) throws IOException {
        String text = """
                # Golden Thread: the generated passwords of this embedded MariaDB. Owner-only: never copy or share it.
                # mariadb-dump --defaults-extra-file=<this file> %s   (see README, Backup)
                [client]
                user=%s
                password=%s
                socket=%s
                # the server listens without TLS, on its private socket and 127.0.0.1 only (README, Database)
                skip-ssl

                [golden-thread]
                database=%s
                migration-user=%s
                migration-password=%s
                app-user=%s
                app-password=%s
                """.formatted(database, ADMIN_USER, adminPassword, socket, database, MIGRATION_USER,
                migrationPassword, APP_USER, appPassword);
        Path target = file(dataDir);
        Path temporary = Files.createTempFile(dataDir, ".credentials-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
    }

    private static String password() {
        var password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    @Override
    public String toString() {
        return "EmbeddedDbCredentials[database=" + database + ", passwords hidden]";
    }
}
