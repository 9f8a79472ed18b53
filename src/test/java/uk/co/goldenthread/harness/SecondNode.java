package uk.co.goldenthread.harness;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.co.goldenthread.Application;
import uk.co.goldenthread.base.database.EmbeddedDbStarter;
import uk.co.goldenthread.base.database.EmbeddedMariaDb;
import uk.co.goldenthread.base.security.InstallationKey;
import uk.co.goldenthread.base.security.KeyedHashes;

/**
 * A second application node in this JVM, as a deployment behind a load balancer has it: the production profile, its
 * own web server on a loopback port, and the first node's MariaDB as its external database, connected as the
 * data-only account, and the first node's hash key. Nothing else is shared with the first node but the database.
 */
public final class SecondNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a node on the database of the node whose context this is (its embedded MariaDB). */
    public static SecondNode on(ApplicationContext first, String... moreProperties) {
        EmbeddedMariaDb db = first.getBean(EmbeddedDbStarter.BEAN_NAME, EmbeddedMariaDb.class);
        // as command-line arguments, which win over application.properties (server.port=${PORT:8080} included)
        var arguments = new java.util.ArrayList<>(java.util.List.of("--spring.profiles.active=prod", "--server.port=0",
                "--server.address=127.0.0.1", "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.appUsername(), "--spring.datasource.password=" + db.appPassword(),
                "--vaadin.devmode.devTools.enabled=false",
                // the installation's secret, as every node of a deployment is given it (sign-in and reset counts);
                // on an external database a node without it refuses to start
                "--goldenthread.security.hash-key=" + hashKeyOf(first, db)));
        for (String property : moreProperties) {
            arguments.add("--" + property);
        }
        return new SecondNode(new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new)));
    }

    /** The first node's key, generated in its embedded database's data directory on its first use. */
    static String hashKeyOf(ApplicationContext first, EmbeddedMariaDb db) {
        first.getBean(KeyedHashes.class).of("the key's first use writes its file");
        try {
            return java.nio.file.Files.readString(db.dataDir().resolve(InstallationKey.FILE_NAME)).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
