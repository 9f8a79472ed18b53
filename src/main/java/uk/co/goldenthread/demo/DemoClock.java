package uk.co.goldenthread.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.TravellingClock;

/**
 * The demo's one clock, for the application and for Flowable alike: the system's, or (with {@code goldenthread.demo
 * .today}) one that starts on a chosen day and runs on from there. While the demo walks its earlier quarters it
 * travels to each step's moment, so every return is submitted, approved and signed off on time and every pack is
 * published on its day, and the workflow's timers see the same time; then it comes back.
 */
final class DemoClock extends TravellingClock implements org.flowable.common.engine.impl.runtime.Clock {

    private final Duration settled;

    DemoClock(Clock system, @Nullable LocalDate today) {
        this(system, today == null ? Duration.ZERO : Duration.between(system.instant(), today.atTime(
                LocalDateTime.now(system).toLocalTime()).atZone(system.getZone()).toInstant()));
    }

    private DemoClock(Clock system, Duration settled) {
        super(system, settled);
        this.settled = settled;
    }

    /** Back to the demo's own time: now, or the chosen day. */
    void comeBack() {
        setOffset(settled);
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
