package uk.co.goldenthread.packs;

import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.base.mail.Email;
import uk.co.goldenthread.base.mail.Mailer;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.Role;
import uk.co.goldenthread.people.SystemUser;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterSignedOff;
import uk.co.goldenthread.quarters.QuarterSummary;
import uk.co.goldenthread.quarters.ReferredReturnsSignedOff;

/**
 * The pack's side of the quarters' events: once a quarter's returns are done with (signed off, closed early, or the
 * returns a pack reopened signed off again) the next step is the pack's, so the Performance Team is told that a
 * version can be compiled, and by when. Heard after the quarters' transaction commits (Spring Modulith), so a failure
 * here never undoes a sign-off; whether a version can be compiled is always worked out afresh from the quarter.
 */
@Component
class ReadyForPack {

    private final QuarterService quarters;
    private final PackService packs;
    private final PeopleService people;
    private final Mailer mailer;
    private final String baseUrl;

    ReadyForPack(QuarterService quarters, PackService packs, PeopleService people, Mailer mailer,
            @Value("${goldenthread.base-url}") String baseUrl) {
        this.quarters = quarters;
        this.packs = packs;
        this.people = people;
        this.mailer = mailer;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(QuarterSignedOff event) {
        tell(event.quarterId(), q -> event.closedEarly()
                ? q.period().label() + " was closed early: " + (q.returnCount() - q.signedOffCount()) + " of its "
                        + q.returnCount() + " returns will be listed as missing in the pack."
                : "Every return of " + q.period().label() + " is signed off.");
    }

    @ApplicationModuleListener
    void on(ReferredReturnsSignedOff event) {
        tell(event.quarterId(), q -> "The returns of " + q.period().label() + " that went back through their route "
                + "are signed off again, so the next version of its pack can be compiled.");
    }

    private void tell(long quarterId, Function<QuarterSummary, String> what) {
        SystemUser.runAsPerformanceTeam("packs", () -> {
            QuarterSummary quarter = quarters.get(quarterId);
            PackSummary latest = packs.latestFor(quarterId);
            int next = latest == null ? 1 : latest.version() + 1;
            String subject = "Ready to compile: " + quarter.period().label() + " pack, version " + next;
            String body = what.apply(quarter) + "\n\n"
                    + "Compile version " + next + " of the pack on the Packs page: " + baseUrl + "/packs\n"
                    + "The timetable has the pack compiled by " + UkDates.formatLong(quarter.packCompileDue())
                    + " and the Cabinet papers published by " + UkDates.formatLong(quarter.publicationDate())
                    + ", for the meeting on " + UkDates.formatLong(quarter.cabinetDate()) + ".\n\n"
                    + "Golden Thread\n";
            for (PersonSummary member : people.withRole(Role.PERFORMANCE_TEAM)) {
                String address = member.email();
                if (address != null) {
                    mailer.sendAfterCommit(new Email(address, subject, "Dear " + member.fullName() + ",\n\n" + body));
                }
            }
        });
    }
}
