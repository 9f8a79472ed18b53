package uk.co.goldenthread.harness;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import org.flowable.common.engine.impl.runtime.Clock;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;

/**
 * Flowable's clock for a crash node: it starts at a chosen moment and runs on from there, in real seconds, so the
 * workflow's timers fire when this clock passes their due time, as they would in production. The harness starts it
 * before every deadline of its quarters (nothing escalates under the load) and, after the restart, moves it to just
 * before one deadline passes. One instance per node, never Flowable's static default clock.
 */
final class WorkflowClock implements Clock, EngineConfigurationConfigurer<SpringProcessEngineConfiguration> {

    private final ZoneId zone = ZoneId.systemDefault();
    private volatile Duration offset;

    WorkflowClock(LocalDateTime start) {
        this.offset = offsetTo(start);
    }

    @Override
    public void configure(SpringProcessEngineConfiguration engine) {
        engine.setClock(this);
    }

    /** Moves the clock to this moment (in the system's time zone); it runs on from there. */
    void travelTo(LocalDateTime moment) {
        offset = offsetTo(moment);
    }

    private Duration offsetTo(LocalDateTime moment) {
        return Duration.between(Instant.now(), moment.atZone(zone).toInstant());
    }

    @Override
    public void setCurrentTime(Date time) {
        offset = Duration.between(Instant.now(), time.toInstant());
    }

    @Override
    public void setCurrentCalendar(Calendar time) {
        setCurrentTime(time.getTime());
    }

    @Override
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Date getCurrentTime() {
        return Date.from(Instant.now().plus(offset));
    }

    @Override
    public Calendar getCurrentCalendar() {
        return getCurrentCalendar(getCurrentTimeZone());
    }

    @Override
    public Calendar getCurrentCalendar(TimeZone timeZone) {
        Calendar calendar = Calendar.getInstance(timeZone);
        calendar.setTime(getCurrentTime());
        return calendar;
    }

    @Override
    public TimeZone getCurrentTimeZone() {
        return TimeZone.getTimeZone(zone);
    }
}
