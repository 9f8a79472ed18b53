package uk.co.goldenthread.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import uk.co.goldenthread.base.UkDates;

/**
 * The demo's clock, for the application and the workflow engine alike. {@code goldenthread.demo.today} (a UK date,
 * e.g. 27 Feb 2020) starts it on that day, for a demonstration that needs a fixed date; without it, it is today.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo & !demoshire")
class DemoClockConfiguration {

    @Bean
    @Primary
    DemoClock demoClock(@Value("${goldenthread.demo.today:}") String today) {
        @Nullable LocalDate day = today.isBlank() ? null : UkDates.parse(today.strip()).orElseThrow(() ->
                new IllegalStateException("goldenthread.demo.today is not a date: '" + today + "'. Write it as "
                        + "27 Feb 2020 or 27/02/2020."));
        return new DemoClock(Clock.systemDefaultZone(), day);
    }

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> workflowOnTheDemoClock(DemoClock clock) {
        return engine -> engine.setClock(clock);
    }
}
