package uk.co.goldenthread.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock that is the system's moved by an offset, and can travel to a moment and run on from there: the demo's
 * (which walks its earlier quarters step by step) and the tests' (which record a Cabinet decision in 2052).
 */
public class TravellingClock extends Clock {

    private final Clock system;
    private volatile Duration offset;

    protected TravellingClock(Clock system, Duration offset) {
        this.system = system;
        this.offset = offset;
    }

    /** Moves the clock to a moment in its time zone; it runs on from there. */
    public void travelTo(LocalDateTime moment) {
        offset = Duration.between(system.instant(), moment.atZone(getZone()).toInstant());
    }

    /** Sets how far from the system's clock this one is. */
    protected final void setOffset(Duration offset) {
        this.offset = offset;
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
}
