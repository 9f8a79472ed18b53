package uk.co.goldenthread.base;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * The application's clock in tests (not Flowable's: see Timers): the system's, until a test travels to a day, for a
 * step that may only happen on or after it, such as recording the decision of a Cabinet meeting in 2052. It runs on
 * from there; {@link #comeBack()} returns it to now. The demo profile keeps its own clock.
 */
public final class MovableClock extends TravellingClock {

    private MovableClock() {
        super(Clock.systemDefaultZone(), Duration.ZERO);
    }

    /** The clock of the test's application context. */
    public static MovableClock of(ApplicationContext context) {
        return context.getBean(MovableClock.class);
    }

    /** Moves the clock to noon on the day; it runs on from there. */
    public void travelTo(LocalDate day) {
        travelTo(day.atTime(LocalTime.NOON));
    }

    /** Does the step on the day, and comes back to now whether or not it succeeds. */
    public <T> T on(LocalDate day, Supplier<T> step) {
        travelTo(day);
        try {
            return step.get();
        } finally {
            comeBack();
        }
    }

    public void comeBack() {
        setOffset(Duration.ZERO);
    }

    /** Found by the application's component scan on the test class path, in every context but the demo's. */
    @Configuration(proxyBeanMethods = false)
    @Profile("!demo | demoshire")
    static class OnTheTestClassPath {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
