package uk.co.goldenthread.base.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The DataSource of the embedded MariaDB: it waits for the server that {@link EmbeddedDbStarter} started. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBean(name = EmbeddedDbStarter.BEAN_NAME)
class EmbeddedDataSourceConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(@Qualifier(EmbeddedDbStarter.BEAN_NAME) EmbeddedMariaDb db) {
        db.awaitReady();
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(db.jdbcUrl())
                .username("root")
                .password("")
                .build();
    }
}
