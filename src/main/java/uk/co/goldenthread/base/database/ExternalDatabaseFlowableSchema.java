package uk.co.goldenthread.base.database;

import javax.sql.DataSource;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With an external database (SPRING_DATASOURCE_*) the application's account owns the schema, as Liquibase needs: it
 * creates or upgrades Flowable's tables the same way as the embedded database's migration account does, so that their
 * dates are DATETIME there too and deadlines after 19 Jan 2038 can be stored.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingBean(name = EmbeddedDbStarter.BEAN_NAME)
class ExternalDatabaseFlowableSchema {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> flowableSchemaByTheApplicationAccount(
            DataSource dataSource) {
        return configuration -> FlowableSchema.createOrUpgrade(dataSource, configuration);
    }
}
