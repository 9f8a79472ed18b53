package uk.co.goldenthread.base.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The DataSources of the embedded MariaDB: they wait for the server that {@link EmbeddedDbStarter} started. The
 * application's DataSource connects as the least-privileged account (data only); Liquibase and Flowable's schema
 * creation use the migration account, which owns the schema. An external database (SPRING_DATASOURCE_*) is untouched.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBean(name = EmbeddedDbStarter.BEAN_NAME)
class EmbeddedDataSourceConfiguration {

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(@Qualifier(EmbeddedDbStarter.BEAN_NAME) EmbeddedMariaDb db) {
        db.awaitReady();
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(db.jdbcUrl())
                .username(db.appUsername())
                .password(db.appPassword())
                .build();
    }

    /** One connection at a time, opened when needed: migrations run once at start. */
    @Bean(name = EmbeddedDbStarter.MIGRATION_DATA_SOURCE, defaultCandidate = false)
    @LiquibaseDataSource
    DataSource embeddedMigrationDataSource(@Qualifier(EmbeddedDbStarter.BEAN_NAME) EmbeddedMariaDb db) {
        db.awaitReady();
        return new DriverManagerDataSource(db.jdbcUrl(), db.migrationUsername(), db.migrationPassword());
    }

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> flowableSchemaByTheMigrationAccount(
            @Qualifier(EmbeddedDbStarter.MIGRATION_DATA_SOURCE) DataSource migration) {
        return configuration -> FlowableSchema.createOrUpgrade(migration, configuration);
    }
}
