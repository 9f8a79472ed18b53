package uk.co.goldenthread.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.flowable.engine.ProcessEngine;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.packs.CabinetDecision;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.SystemUser;
import uk.co.goldenthread.performance.Rag;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.LineEntry;
import uk.co.goldenthread.quarters.OpenQuarterRequest;
import uk.co.goldenthread.quarters.ProgressEntry;
import uk.co.goldenthread.quarters.ProgressStatus;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterStatus;
import uk.co.goldenthread.quarters.QuarterSummary;
import uk.co.goldenthread.quarters.RemedialActionEntry;
import uk.co.goldenthread.quarters.ReturnApprovalService;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnEdit;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.ReturnSummary;

/**
 * DEMO DATA, fictional: the demo's quarters relative to today. The eight quarters before today's are walked through the
 * real cycle, each step by its own person on its own day (the {@link DemoClock} travels there): opened by the
 * Performance Team, filled in and submitted by each AD Delivery, approved by the AD Commissioning, signed off by the
 * Strategic Director, then compiled, its Cabinet papers published, Cabinet's decision recorded and the pack published.
 * A step whose day is still to come is left for the people to do. Today's quarter is then opened, so nothing is
 * overdue on a fresh start. The workflow's timers start only after the walk.
 */
@Component
@Profile("demo & !demoshire")
@Order(2)
class DemoQuarters implements ApplicationRunner {

    static final int EARLIER_QUARTERS = 8;
    private static final Logger log = LoggerFactory.getLogger(DemoQuarters.class);

    private final QuarterService quarters;
    private final ReturnService returns;
    private final ReturnApprovalService approvals;
    private final PackService packs;
    private final PeopleService people;
    private final UserDetailsService users;
    private final DemoClock clock;
    private final ProcessEngine engine;

    DemoQuarters(QuarterService quarters, ReturnService returns, ReturnApprovalService approvals, PackService packs,
            PeopleService people, UserDetailsService users, DemoClock clock, ProcessEngine engine) {
        this.quarters = quarters;
        this.returns = returns;
        this.approvals = approvals;
        this.packs = packs;
        this.people = people;
        this.users = users;
        this.clock = clock;
        this.engine = engine;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            boolean fresh = asPerformanceTeam(() -> quarters.list().isEmpty());
            if (fresh && people.findByUsername("ellen.marchant").isPresent()) {
                walk();
            }
        } finally {
            clock.comeBack();
            AsyncExecutor timers = engine.getProcessEngineConfiguration().getAsyncExecutor();
            if (timers != null && !timers.isActive()) {
                timers.start();
            }
        }
    }

    private void walk() {
        LocalDateTime now = LocalDateTime.now(clock);
        FinancialQuarter today = FinancialQuarter.containing(now.toLocalDate());
        Map<String, String> usernames = people.everyone().stream()
                .collect(Collectors.toMap(PersonSummary::fullName, PersonSummary::username, (a, b) -> a));
        for (int back = EARLIER_QUARTERS; back >= 1; back--) {
            FinancialQuarter period = today.plus(-back);
            new Walk(period, EARLIER_QUARTERS - back, now, usernames).run();
            log.info("Demo quarter {} walked ({} of {})", period.label(), EARLIER_QUARTERS - back + 1,
                    EARLIER_QUARTERS);
        }
        clock.comeBack();
        asPerformanceTeam(() -> quarters.open(request(today), "Demo: not reported"));
        log.info("Demo: {} is open for its returns", today.label());
    }

    /** Deadlines in the month after the quarter, Cabinet about two months after it: working days, papers a fortnight before. */
    static OpenQuarterRequest request(FinancialQuarter period) {
        LocalDate end = period.lastDay();
        return new OpenQuarterRequest(period, workingDay(end.plusDays(14)), workingDay(end.plusDays(21)),
                workingDay(end.plusDays(28)), workingDay(end.plusDays(31)), workingDay(end.plusDays(42)),
                workingDay(end.plusDays(56)));
    }

    private static LocalDate workingDay(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** One earlier quarter, each step on its day, as far as today. */
    private final class Walk {

        private final FinancialQuarter period;
        private final int step;
        private final LocalDateTime now;
        private final OpenQuarterRequest timetable;
        private final Map<String, String> usernames;

        Walk(FinancialQuarter period, int step, LocalDateTime now, Map<String, String> usernames) {
            this.period = period;
            this.step = step;
            this.now = now;
            this.timetable = request(period);
            this.usernames = usernames;
        }

        void run() {
            if (!at(period.lastDay().plusDays(1), LocalTime.of(9, 0))) {
                return;
            }
            long quarterId = asPerformanceTeam(() -> quarters.open(timetable, "Demo: not reported")).id();
            List<ReturnSummary> its = asPerformanceTeam(() -> quarters.returnsOf(quarterId));
            if (!at(timetable.submissionDue().minusDays(2), LocalTime.of(10, 30))) {
                return;
            }
            List<ReturnDetails> submitted = new ArrayList<>();
            for (ReturnSummary r : its) {
                submitted.add(fillInAndSubmit(r));
            }
            if (!at(timetable.reviewDue().minusDays(1), LocalTime.of(11, 15))) {
                return;
            }
            for (ReturnDetails r : submitted) {
                as(r.adCommissioningName(), () -> approvals.approve(r.id(), returns.get(r.id()).version()));
            }
            if (!at(timetable.signOffDue().minusDays(1), LocalTime.of(14, 0))) {
                return;
            }
            for (ReturnDetails r : submitted) {
                as(r.strategicDirectorName(), () -> approvals.signOff(r.id(), returns.get(r.id()).version()));
            }
            if (!at(timetable.packCompileDue(), LocalTime.of(10, 0)) || !signedOff(quarterId)) {
                return;
            }
            PackSummary pack = asPerformanceTeam(() -> packs.compile(quarterId));
            if (!at(timetable.publicationDate(), LocalTime.of(9, 0))) {
                return;
            }
            asPerformanceTeam(() -> packs.publishPapers(pack.id()));
            if (!at(timetable.cabinetDate(), LocalTime.of(17, 30))) {
                return;
            }
            asPerformanceTeam(() -> packs.recordDecision(pack.id(), CabinetDecision.NOTED, timetable.cabinetDate(),
                    "Resolved: that Cabinet notes the performance report for " + period.label() + "."));
            if (at(timetable.cabinetDate().plusDays(1), LocalTime.of(10, 0))) {
                asPerformanceTeam(() -> packs.publish(pack.id()));
            }
        }

        /** Moves the clock to the step's moment, unless that is still to come. */
        private boolean at(LocalDate day, LocalTime time) {
            LocalDateTime moment = day.atTime(time);
            if (!moment.isBefore(now)) {
                return false;
            }
            clock.travelTo(moment);
            return true;
        }

        private ReturnDetails fillInAndSubmit(ReturnSummary summary) {
            return as(summary.adDeliveryName(), () -> {
                ReturnDetails ret = returns.get(summary.id());
                List<ProgressEntry> progress = ret.progress().stream().map(p -> new ProgressEntry(p.progressId(),
                        ProgressStatus.ON_TRACK, period.lastDay(), "Demo: on track, as planned for " + period.label()
                                + ".")).toList();
                List<LineEntry> values = ret.lines().stream().filter(LineDetails::due).map(l -> new LineEntry(
                        l.lineId(), DemoHistory.valueFor(l.measure(), l.target(), step).toPlainString(),
                        "Demo: fictional commentary on " + l.measure().code() + " for " + period.label() + "."))
                        .toList();
                ReturnDetails saved = returns.save(new ReturnEdit(ret.id(), ret.version(), values, progress)).details();
                List<LineEntry> checked = saved.lines().stream().filter(LineDetails::due).map(l -> new LineEntry(
                        l.lineId(), l.value() == null ? null : l.value().toPlainString(), l.commentary(), null,
                        l.rag() == Rag.RED ? List.of(new RemedialActionEntry("Demo: recovery plan agreed with the "
                                + "service", "Service manager", period.lastDay().plusMonths(3))) : List.of()))
                        .toList();
                returns.submit(new ReturnEdit(saved.id(), saved.version(), checked, progress));
                return saved;
            });
        }

        /** The quarter is signed off once its last return is: its workflow says so, a moment after. */
        private boolean signedOff(long quarterId) {
            for (int tries = 0; tries < 100; tries++) {
                QuarterStatus status = asPerformanceTeam(() -> quarters.get(quarterId)).status();
                if (status == QuarterStatus.SIGNED_OFF) {
                    return true;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            log.warn("Demo: {} did not reach 'signed off'; its pack is left to compile by hand", period.label());
            return false;
        }

        private <T> T as(String fullName, Supplier<T> work) {
            String username = usernames.get(fullName);
            if (username == null) {
                throw new IllegalStateException("Demo: nobody is called " + fullName);
            }
            return signedIn(username, work);
        }
    }

    private <T> T signedIn(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        return SystemUser.runAs(user.getUsername(), user.getAuthorities(), work);
    }

    private <T> T asPerformanceTeam(Supplier<T> work) {
        return signedIn("ellen.marchant", work);
    }

}
