package uk.co.goldenthread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.ClassPathResource;

/** Fail closed: the application has no default profile, and the demo profile refuses any but the embedded database. */
class DemoProfileGuardTest {

    @Test
    void theDemoProfileRefusesToStartOnAnExternalDatabase() {
        var app = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE).profiles("demo")
                .properties("spring.datasource.url=jdbc:mariadb://127.0.0.1:1/council",
                        "spring.datasource.username=app", "spring.datasource.password=secret",
                        "goldenthread.security.hash-key=a secret that only gets the start as far as the demo guard");
        assertThatThrownBy(() -> app.run().close()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("runs only on the embedded database");
    }

    @Test
    void theApplicationSettingsChooseNoProfile() throws IOException {
        var settings = new Properties();
        try (var in = new ClassPathResource("application.properties").getInputStream()) {
            settings.load(in);
        }
        assertThat(settings).doesNotContainKeys("spring.profiles.default", "spring.profiles.active",
                "spring.profiles.include");
    }
}
