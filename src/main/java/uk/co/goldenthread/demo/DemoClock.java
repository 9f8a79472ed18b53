package uk.co.goldenthread.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;

/**
 * The demo's one clock, for the application and for Flowable alike: the system's, or (with {@code goldenthread.demo
 * .today}) one that starts on a chosen day and runs on from there. While the demo walks its earlier quarters it
 * travels to each step's moment, so every return is submitted, approved and signed off on time and every pack is
 * published on its day, and the workflow's timers see the same time; then it comes back.
 */
final class DemoClock extends Clock implements org.flowable.common.engine.impl.runtime.Clock {

    private final Clock system;
    private final Duration settled;
    private volatile Duration offset;

    DemoClock(Clock system, @Nullable LocalDate today) {
        this.system = system;
        this.settled = today == null ? Duration.ZERO
                : Duration.between(system.instant(), today.atTime(LocalDateTime.now(system).toLocalTime())
                        .atZone(system.getZone()).toInstant());
        this.offset = settled;
    }

    /** Moves the clock to a moment in the demo's time zone; it runs on from there. */
    void travelTo(LocalDateTime moment) {
        offset = Duration.between(system.instant(), moment.atZone(getZone()).toInstant());
    }

    /** Back to the demo's own time: now, or the chosen day. */
    void comeBack() {
        offset = settled;
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system.withZone(zone), offset);
    }

    @Override
    public void setCurrentTime(Date time) {
        travelTo(LocalDateTime.ofInstant(time.toInstant(), getZone()));
    }

    @Override
    public void setCurrentCalendar(Calendar time) {
        setCurrentTime(time.getTime());
    }

    @Override
    public void reset() {
        comeBack();
    }

    @Override
    public Date getCurrentTime() {
        return Date.from(instant());
    }

    @Override
    public Calendar getCurrentCalendar() {
        return getCurrentCalendar(getCurrentTimeZone());
    }

    @Override
    public Calendar getCurrentCalendar(TimeZone zone) {
        Calendar calendar = Calendar.getInstance(zone);
        calendar.setTime(getCurrentTime());
        return calendar;
    }

    @Override
    public TimeZone getCurrentTimeZone() {
        return TimeZone.getTimeZone(getZone());
    }
}
