package uk.co.goldenthread.quarters;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.quarters.domain.Quarter;
import uk.co.goldenthread.quarters.domain.QuarterRepository;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;
import uk.co.goldenthread.quarters.workflow.QuarterProgress;
import uk.co.goldenthread.quarters.workflow.ReturnProcesses;

/**
 * Opening a quarter: its timetable checked, each active measure and intention routed to a return (or named as going
 * nowhere), the returns written with their targets and latest values, and the quarter's workflow started. Called only
 * by {@link QuarterService}, which checks the permission.
 */
@Component
@Transactional
class QuarterOpening {

    private static final String PUBLICATION = "Cabinet papers published";

    private final QuarterRepository quarters;
    private final QuarterlyReturnRepository returns;
    private final FrameworkService framework;
    private final PeopleService people;
    private final RuntimeService runtime;
    private final ReturnProcesses processes;
    private final AuditLog audit;
    private final TimetableRules timetableRules;
    private final LatestValues latestValues;
    private final Clock clock;

    QuarterOpening(QuarterRepository quarters, QuarterlyReturnRepository returns, FrameworkService framework,
            PeopleService people, RuntimeService runtime, ReturnProcesses processes, AuditLog audit,
            TimetableRules timetableRules, LatestValues latestValues, Clock clock) {
        this.quarters = quarters;
        this.returns = returns;
        this.framework = framework;
        this.people = people;
        this.runtime = runtime;
        this.processes = processes;
        this.audit = audit;
        this.timetableRules = timetableRules;
        this.latestValues = latestValues;
        this.clock = clock;
    }

    /** A quarter just opened and the returns it was opened with. */
    record Opened(Quarter quarter, List<QuarterlyReturn> returns) {
    }

    /**
     * Opens a quarter as {@link QuarterService#open(OpenQuarterRequest)}, and when some measures or intentions would go
     * to no return, opens it without them for the reason given, which the audit trail keeps with their codes.
     */
    Opened open(OpenQuarterRequest request, @Nullable String reasonForNowhere) {
        checkTimetable(request);
        if (quarters.existsByFinancialYearAndQuarterNumber(request.period().financialYear(), request.period().quarter())) {
            throw new ConflictException(request.period().label() + " is already open.");
        }
        OpeningPlan plan = plan(request.period());
        List<MeasureRoute> nowhere = plan.nowhere();
        if (!nowhere.isEmpty() && reasonForNowhere != null && reasonForNowhere.isBlank()) {
            throw InvalidInputException.of(QuarterService.NOWHERE_REASON, "Give the reason for opening without "
                    + String.join(", ", nowhere.stream().map(MeasureRoute::code).toList())
                    + ": the audit trail keeps it.");
        }
        if (!nowhere.isEmpty() && reasonForNowhere == null) {
            throw new DomainException(nowhere.size() + (nowhere.size() == 1 ? " measure or intention goes" : " measures "
                    + "or intentions go") + " to no return: " + String.join("; ", nowhere.stream()
                    .map(MeasureRoute::describe).toList()) + ". Fix the owners or areas, or tick them off with a reason "
                    + "to open the quarter without them.");
        }
        if (plan.returns().isEmpty()) {
            throw new DomainException("No active measure has an AD Delivery to report it, so there is nothing to "
                    + "report. Name the AD Delivery people of each commissioning area first.");
        }
        Map<Long, BigDecimal> targets = framework.targetsFor(request.period());
        Quarter quarter = quarters.save(new Quarter(request, people.currentPerson().username(), LocalDateTime.now(clock)));
        List<QuarterlyReturn> created = new ArrayList<>();
        LatestValues.Lookup latest = latestValues.before(request.period(), plan.notDueMeasureIds());
        plan.returns().forEach((key, contents) -> {
            var ret = new QuarterlyReturn(quarter, key.areaId(), key.adDeliveryId());
            for (OpeningPlan.Line line : contents.lines) {
                if (line.due()) {
                    ret.addLine(line.measureId(), targets.get(line.measureId()));
                } else {
                    var last = latest.latest(key.areaId(), line.measureId());
                    ret.addLatest(line.measureId(), targets.get(line.measureId()),
                            last.map(l -> l.getValue()).orElse(null), last.map(LatestValues.Lookup::asAt).orElse(null));
                }
            }
            contents.intentions.forEach(ret::addProgress);
            created.add(ret);
        });
        List<QuarterlyReturn> saved = returns.saveAllAndFlush(created);
        List<Long> returnIds = saved.stream().map(QuarterlyReturn::getId).toList();
        String instanceId = runtime.startProcessInstanceByKey("quarterCycle", "quarter-" + quarter.getId(),
                Map.of("quarterId", quarter.getId())).getId();
        quarter.setProcessInstanceId(instanceId);
        processes.start(returnIds);
        audit.record(QuarterProgress.AUDIT_SUBJECT, quarter.getId(), "status", null, QuarterStatus.OPEN.label(),
                returnIds.size() + " returns created");
        if (!nowhere.isEmpty() && reasonForNowhere != null) {
            audit.record(QuarterProgress.AUDIT_SUBJECT, quarter.getId(), "Opened without a return for", null,
                    String.join("; ", nowhere.stream().map(MeasureRoute::describe).toList()), reasonForNowhere.strip());
        }
        return new Opened(quarter, saved);
    }

    /** A dry run of opening: every active measure and intention, and which return it would go to, or why none. */
    OpeningPreview preview(FinancialQuarter period) {
        OpeningPlan plan = plan(period);
        return new OpeningPreview(period, plan.returns().size(), plan.routes());
    }

    private OpeningPlan plan(FinancialQuarter period) {
        return RoutePlanner.of(framework.areas(), people)
                .plan(period, framework.measuresInForce(period.firstDay()), framework.intentions());
    }

    /** A timetable proposed backwards from the Cabinet meeting in working days, for the Performance Team to adjust. */
    Timetable proposeTimetable(LocalDate cabinetDate) {
        return timetableRules.propose(cabinetDate);
    }

    private void checkTimetable(OpenQuarterRequest r) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.reviewDue().isBefore(r.submissionDue())) {
            errors.put("Review deadline", "must be on or after the submission deadline.");
        }
        if (r.signOffDue().isBefore(r.reviewDue())) {
            errors.put("Sign-off deadline", "must be on or after the review deadline.");
        }
        if (r.packCompileDue().isBefore(r.signOffDue())) {
            errors.put("Pack compile deadline", "must be on or after the sign-off deadline.");
        }
        if (r.publicationDate().isBefore(r.packCompileDue())) {
            errors.put(PUBLICATION, "must be on or after the pack compile deadline.");
        } else if (!timetableRules.leavesClearDays(r.publicationDate(), r.cabinetDate())) {
            errors.put(PUBLICATION, "must be at least " + timetableRules.getClearDaysBeforeCabinet()
                    + " clear working days before the Cabinet meeting: "
                    + UkDates.format(timetableRules.latestPublication(r.cabinetDate())) + " at the latest.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
