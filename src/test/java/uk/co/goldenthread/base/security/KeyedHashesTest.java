package uk.co.goldenthread.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.co.goldenthread.WebSession;
import uk.co.goldenthread.base.Sha256;
import uk.co.goldenthread.base.database.EmbeddedDbStarter;
import uk.co.goldenthread.base.database.EmbeddedMariaDb;
import uk.co.goldenthread.people.PasswordService;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sign-in throttle and the password-reset limits keep no username or address, nor its plain SHA-256 (which anyone
 * with the table reverses by hashing every username or every IPv4 address): only an HMAC-SHA-256 under a secret of the
 * installation, kept like the database passwords (a file in the data directory, owner-only) unless a setting gives it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class KeyedHashesTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    PasswordService passwords;

    @AfterEach
    void forgetTheAttempts() {
        throttle.clearForTest();
    }

    @Test
    void failedSignInsAndResetRequestsStoreOnlyKeyedHashesUnderTheInstallationsSecret() throws Exception {
        String username = "keyed.hash." + System.nanoTime() % 1_000_000;
        new WebSession(port, "10.31.0.7").signIn(username, "not the password");
        passwords.requestReset(username, "10.31.0.8");

        List<String> stored = hashColumnValues();
        assertThat(stored).as("plain SHA-256 of the username and the addresses, anywhere in the database")
                .doesNotContain(Sha256.hex(username), Sha256.hex("10.31.0.7"), Sha256.hex("10.31.0.8"));

        Path keyFile = context.getBean(EmbeddedDbStarter.BEAN_NAME, EmbeddedMariaDb.class).dataDir()
                .resolve(InstallationKey.FILE_NAME);
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        byte[] key = Files.readString(keyFile).strip().getBytes(StandardCharsets.UTF_8);
        assertThat(key.length).as("the generated key, in characters").isGreaterThanOrEqualTo(32);
        assertThat(stored).as("the keyed hashes").contains(hmac(key, username), hmac(key, "10.31.0.7"),
                hmac(key, "10.31.0.8"));
    }

    @Test
    void theKeyIsGeneratedOnceOwnerOnlyAndASettingWinsOverIt(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("data").resolve(InstallationKey.FILE_NAME);
        String first = new String(InstallationKey.fromFile(file).bytes(), StandardCharsets.UTF_8);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(new String(InstallationKey.fromFile(file).bytes(), StandardCharsets.UTF_8))
                .as("read again after a restart").isEqualTo(first);
        assertThat(new String(InstallationKey.fromFile(folder.resolve("other").resolve(InstallationKey.FILE_NAME))
                .bytes(), StandardCharsets.UTF_8)).as("another installation's").isNotEqualTo(first);

        var given = InstallationKey.given("the same long secret on every node, 32+ chars");
        assertThat(new KeyedHashes(given).of("10.31.0.9")).isEqualTo(hmac(given.bytes(), "10.31.0.9"));
        assertThatThrownBy(() -> InstallationKey.given("short")).hasMessageContaining("at least 32 characters");
    }

    /** Every value of every 64-character column of the application's tables. */
    private List<String> hashColumnValues() {
        var jdbc = new JdbcTemplate(dataSource);
        List<String> values = new ArrayList<>();
        for (var column : jdbc.queryForList("SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND CHARACTER_MAXIMUM_LENGTH = 64")) {
            String table = (String) column.get("TABLE_NAME");
            String name = (String) column.get("COLUMN_NAME");
            values.addAll(jdbc.queryForList("SELECT `" + name + "` FROM `" + table + "` WHERE `" + name
                    + "` IS NOT NULL", String.class));
        }
        return values;
    }

    private static String hmac(byte[] key, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
