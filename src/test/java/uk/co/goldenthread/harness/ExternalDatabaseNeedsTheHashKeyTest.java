package uk.co.goldenthread.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import uk.co.goldenthread.Application;
import uk.co.goldenthread.base.database.EmbeddedDbStarter;
import uk.co.goldenthread.base.database.EmbeddedMariaDb;

/**
 * Fail closed: a node on an external database (SPRING_DATASOURCE_URL) without goldenthread.security.hash-key (or with
 * one too short) refuses to start, in one plain paragraph naming the setting and why, instead of generating a key of its own, which would let
 * each node count sign-in failures apart (N nodes, N x 5 tries). The database here is this test's node's, reachable and
 * ready, so nothing else stops the start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseNeedsTheHashKeyTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aNodeOnAnExternalDatabaseWithoutTheHashKeyRefusesToStart(CapturedOutput output) {
        Throwable refused = catchThrowable(() -> start().close());

        assertThat(refused).as("the start stops").isNotNull();
        assertThat(rootCause(refused).getMessage()).contains("An external database needs goldenthread.security.hash-key",
                "the same on every node", "N nodes, N x 5 tries");
        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START",
                "GOLDENTHREAD_SECURITY_HASH_KEY").doesNotContain("\tat org.springframework");
    }

    @Test
    void aKeyFileThatDoesNotExistIsNotGeneratedOnAnExternalDatabase(@TempDir Path folder) {
        Path file = folder.resolve("golden-thread-hash-key");

        Throwable refused = catchThrowable(() -> start("--goldenthread.security.hash-key-file=" + file).close());

        assertThat(refused).isNotNull();
        assertThat(rootCause(refused).getMessage()).contains(file + " (goldenthread.security.hash-key-file) does not"
                + " exist");
        assertThat(Files.exists(file)).as("no key generated for this node alone").isFalse();
    }

    @Test
    void aKeyTooShortStopsTheStartInOnePlainParagraph(CapturedOutput output) {
        Throwable refused = catchThrowable(() -> start("--goldenthread.security.hash-key=short").close());

        assertThat(refused).as("the start stops").isNotNull();
        assertThat(rootCause(refused).getMessage()).contains("goldenthread.security.hash-key must have at least 32"
                + " characters (it has 5)");
        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START",
                "GOLDENTHREAD_SECURITY_HASH_KEY").doesNotContain("\tat org.springframework");
    }

    private org.springframework.context.ConfigurableApplicationContext start(String... more) {
        EmbeddedMariaDb db = context.getBean(EmbeddedDbStarter.BEAN_NAME, EmbeddedMariaDb.class);
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=prod", "--server.port=0",
                "--server.address=127.0.0.1", "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.appUsername(), "--spring.datasource.password=" + db.appPassword(),
                "--vaadin.devmode.devTools.enabled=false"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
