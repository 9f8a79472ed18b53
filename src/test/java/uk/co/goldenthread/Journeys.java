package uk.co.goldenthread;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import uk.co.goldenthread.base.MovableClock;
import uk.co.goldenthread.packs.CabinetDecision;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.LineEntry;
import uk.co.goldenthread.quarters.ProgressEntry;
import uk.co.goldenthread.quarters.ProgressStatus;
import uk.co.goldenthread.quarters.RemedialActionEntry;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterSummary;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnEdit;
import uk.co.goldenthread.quarters.workflow.ReturnRouting;
import uk.co.goldenthread.quarters.ReturnApprovalService;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.ReturnSummary;

/** Steps of the quarterly cycle done through the services, each by the person whose task it is. */
public record Journeys(ApplicationContext context) {

    public QuarterSummary openQuarter(int financialYear, int quarter) {
        SignIn.as(context, "priya.shah");
        return context.getBean(QuarterService.class).open(TestTimetable.of(financialYear, quarter));
    }

    public ReturnSummary returnOf(long quarterId, String areaName) {
        SignIn.as(context, "priya.shah");
        return context.getBean(QuarterService.class).returnsOf(quarterId).stream()
                .filter(r -> r.areaName().equals(areaName)).findFirst().orElseThrow();
    }

    public List<ReturnSummary> returnsOf(long quarterId) {
        SignIn.as(context, "priya.shah");
        return context.getBean(QuarterService.class).returnsOf(quarterId);
    }

    /**
     * Enters a value for every measure as the return's AD Delivery: the given one, else one on target. Every line gets
     * commentary and a remedial action, so that whatever the RAG the return can be submitted.
     */
    public ReturnDetails fillIn(long returnId, Map<String, String> values) {
        SignIn.as(context, routing().adDelivery(returnId));
        ReturnDetails ret = returns().get(returnId);
        LocalDate asAt = ret.period().lastDay();
        List<ProgressEntry> progress = ret.progress().stream().map(p -> new ProgressEntry(
                p.progressId(), ProgressStatus.ON_TRACK, asAt, "On track")).toList();
        List<LineEntry> entries = ret.lines().stream().filter(LineDetails::due).map(l -> new LineEntry(l.lineId(),
                values.getOrDefault(l.measure().code(), onTarget(l)), "Commentary on " + l.measure().code(), null,
                List.of(new RemedialActionEntry("Review with the service", "Service manager", LocalDate.of(2031, 3, 31)))))
                .toList();
        return returns().save(new ReturnEdit(returnId, ret.version(), entries, progress)).details();
    }

    private static String onTarget(LineDetails line) {
        if (line.measure().bandUpper() != null) {
            return line.measure().bandUpper().toPlainString();
        }
        return line.target() == null ? "10" : line.target().toPlainString();
    }

    public void submit(long returnId) {
        SignIn.as(context, routing().adDelivery(returnId));
        ReturnDetails ret = returns().get(returnId);
        returns().submit(ReturnEdit.ofLines(returnId, ret.version(), ret.lines().stream().filter(LineDetails::due)
                .map(l -> new LineEntry(l.lineId(), l.value() == null ? onTarget(l) : l.value().toPlainString(),
                        l.commentary(), null, l.remedialActions(), null, l.provisional(),
                        l.count() == null ? null : l.count().stripTrailingZeros().toPlainString()))
                .toList()));
    }

    public void approve(long returnId) {
        SignIn.as(context, orPerformanceTeam(routing().adCommissioning(returnId)));
        approvals().approve(returnId, returns().get(returnId).version());
    }

    public void returnToDelivery(long returnId, String reason) {
        SignIn.as(context, orPerformanceTeam(routing().adCommissioning(returnId)));
        approvals().returnToDelivery(returnId, returns().get(returnId).version(), reason);
    }

    public void signOff(long returnId) {
        SignIn.as(context, orPerformanceTeam(routing().strategicDirector(returnId)));
        approvals().signOff(returnId, returns().get(returnId).version());
    }

    public void returnToCommissioning(long returnId, String reason) {
        SignIn.as(context, orPerformanceTeam(routing().strategicDirector(returnId)));
        approvals().returnToCommissioning(returnId, returns().get(returnId).version(), reason);
    }

    /** Every return of the quarter filled in, submitted, approved and signed off. */
    public void completeAll(long quarterId, Map<String, String> values) {
        for (ReturnSummary r : returnsOf(quarterId)) {
            fillIn(r.id(), values);
            submit(r.id());
            approve(r.id());
            signOff(r.id());
        }
    }

    /**
     * Compiles the quarter's pack and takes it through papers, a 'Noted' decision and publication, as the signed-in
     * Performance Team member: the decision on the day of the Cabinet meeting (travelling there if it is still to
     * come, and back), the rest today.
     */
    public PackSummary compileAndPublish(long quarterId) {
        PackService packs = context.getBean(PackService.class);
        PackSummary pack = packs.compile(quarterId);
        packs.publishPapers(pack.id(), "Published after the dispatch date: a past quarter in the test");
        LocalDate today = LocalDate.now();
        LocalDate meeting = pack.cabinetMeeting() == null || pack.cabinetMeeting().isBefore(today) ? today
                : pack.cabinetMeeting();
        MovableClock.of(context).on(meeting, () -> packs.recordDecision(pack.id(), CabinetDecision.NOTED, meeting));
        return packs.publish(pack.id());
    }

    public ReturnDetails get(long returnId, String asUsername) {
        SignIn.as(context, asUsername);
        return returns().get(returnId);
    }

    /** A step with nobody named is the Performance Team's. */
    private static String orPerformanceTeam(String username) {
        return username == null ? "priya.shah" : username;
    }

    private ReturnApprovalService approvals() {
        return context.getBean(ReturnApprovalService.class);
    }

    private ReturnService returns() {
        return context.getBean(ReturnService.class);
    }

    private ReturnRouting routing() {
        return context.getBean(ReturnRouting.class);
    }
}
