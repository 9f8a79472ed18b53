package uk.co.goldenthread.base.database;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded MariaDB as soon as the application context exists, so that the database boots while Spring
 * builds everything else. It does nothing when {@code spring.datasource.url} points at an external MariaDB.
 */
public class EmbeddedDbStarter implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String BEAN_NAME = "embeddedMariaDb";
    /** The DataSource of the migration account, which owns the schema (Liquibase; the benchmarks' scratch tables). */
    public static final String MIGRATION_DATA_SOURCE = "embeddedMigrationDataSource";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment env = context.getEnvironment();
        if (!isWanted(env) || !(context instanceof GenericApplicationContext generic)
                || context.getBeanFactory().containsBean(BEAN_NAME)) {
            return;
        }
        EmbeddedMariaDb db = EmbeddedMariaDb.startInBackground(EmbeddedDbSettings.from(env));
        // Registered as a bean so that Spring closes it after everything that depends on the DataSource
        generic.registerBean(BEAN_NAME, EmbeddedMariaDb.class, () -> db);
    }

    /** Whether this start runs the embedded MariaDB (no spring.datasource.url and not switched off). */
    public static boolean isWanted(Environment env) {
        return env.getProperty(EmbeddedDbSettings.PREFIX + "enabled", Boolean.class, true)
                && !env.containsProperty("spring.datasource.url");
    }
}
