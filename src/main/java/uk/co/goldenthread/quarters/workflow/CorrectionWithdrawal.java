package uk.co.goldenthread.quarters.workflow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.engine.RuntimeService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.quarters.PackCorrectionWithdrawn;
import uk.co.goldenthread.quarters.QuarterStatus;
import uk.co.goldenthread.quarters.RemedialActionEntry;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.domain.IntentionProgress;
import uk.co.goldenthread.quarters.domain.Quarter;
import uk.co.goldenthread.quarters.domain.QuarterRepository;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;
import uk.co.goldenthread.quarters.domain.ReturnCopy;
import uk.co.goldenthread.quarters.domain.ReturnLine;
import uk.co.goldenthread.quarters.returns.ReturnAssembler;
import uk.co.goldenthread.quarters.returns.ReturnMeasures;
import uk.co.goldenthread.quarters.workflow.ReturnCopies.Held;

/**
 * A withdrawn correction puts every return it reopened back as the published version shows it: its route ends, its
 * status, values, commentary, remedial actions and progress are what they were when it was reopened, each change
 * audited with the reason; the quarter is done with again. All in the pack's transaction: nothing half-done.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CorrectionWithdrawal {

    private final QuarterRepository quarters;
    private final QuarterlyReturnRepository returns;
    private final ReturnCopies copies;
    private final ReturnAssembler assembler;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final Clock clock;

    CorrectionWithdrawal(QuarterRepository quarters, QuarterlyReturnRepository returns, ReturnCopies copies,
            ReturnAssembler assembler, RuntimeService runtime, AuditLog audit, Clock clock) {
        this.quarters = quarters;
        this.returns = returns;
        this.copies = copies;
        this.assembler = assembler;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(PackCorrectionWithdrawn event) {
        Quarter quarter = quarters.findById(event.quarterId()).orElseThrow(() -> new IllegalStateException(
                "There is no quarter with id " + event.quarterId()));
        List<ReturnCopy> reopened = copies.of(quarter.getId());
        if (reopened.isEmpty()) {
            throw new ConflictException("No return of " + quarter.getPeriod().label() + " was sent back by the "
                    + "correction, so there is nothing to put back. Nothing was changed.");
        }
        String why = "Correction withdrawn: " + event.reason();
        for (ReturnCopy copy : reopened) {
            QuarterlyReturn ret = returns.findById(copy.getReturnId()).orElseThrow();
            endRoute(ret, why);
            putBack(ret, copies.read(copy), why, event.by());
        }
        copies.discard(quarter.getId());
        if (quarter.getStatus() == QuarterStatus.REFERRED_BACK) {
            QuarterStatus done = returns.findByQuarterIdOrderById(quarter.getId()).stream()
                    .anyMatch(r -> r.getStatus() == ReturnStatus.MISSING) ? QuarterStatus.CLOSED_EARLY
                            : QuarterStatus.SIGNED_OFF;
            audit.record(QuarterProgress.AUDIT_SUBJECT, quarter.getId(), "status", quarter.getStatus().label(),
                    done.label(), why);
            quarter.setStatus(done);
        }
    }

    private void endRoute(QuarterlyReturn ret, String why) {
        runtime.createProcessInstanceQuery().processDefinitionKey(ReturnAccess.RETURN_PROCESS)
                .variableValueEquals("returnId", ret.getId()).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), why));
    }

    private void putBack(QuarterlyReturn ret, Held held, String why, String by) {
        ReturnMeasures read = assembler.measuresOf(ret);
        Map<Long, ReturnLine> lines = ret.getLines().stream()
                .collect(Collectors.toMap(ReturnLine::getMeasureId, Function.identity()));
        for (ReturnCopies.Line was : held.lines()) {
            ReturnLine line = lines.get(was.measureId());
            if (line == null) {
                continue; // lines are never added to or removed from a return once it is opened
            }
            MeasureSummary measure = read.measure(line.getMeasureId());
            String code = measure.code();
            change(ret, code + " value", plain(line.getValue(), measure), plain(was.value(), measure), why,
                    () -> line.setValue(was.value()));
            change(ret, code + " provisional", line.isProvisional() ? "yes" : null, was.provisional() ? "yes" : null,
                    why, () -> line.setProvisional(was.provisional()));
            change(ret, code + " count", number(line.getCount()), number(was.count()), why,
                    () -> line.setCount(was.count()));
            change(ret, code + " commentary", line.getCommentary(), was.commentary(), why,
                    () -> line.setCommentary(was.commentary()));
            change(ret, code + " data as at", line.getDataAsAt(), was.dataAsAt(), why,
                    () -> line.setDataAsAt(was.dataAsAt()));
            change(ret, code + " reason for no data", line.getNoDataReason(), was.noDataReason(), why,
                    () -> line.setNoDataReason(was.noDataReason()));
            change(ret, code + " commissioning commentary", line.getCommissioningCommentary(),
                    was.commissioningCommentary(), why, () -> line.setCommissioningCommentary(
                            was.commissioningCommentary()));
            List<RemedialActionEntry> actions = was.actions().stream().map(ReturnCopies.Action::entry).toList();
            change(ret, code + " remedial actions", describe(line.remedialActionEntries()), describe(actions), why,
                    () -> line.replaceRemedialActions(actions));
        }
        Map<Long, IntentionProgress> progress = ret.getProgress().stream()
                .collect(Collectors.toMap(IntentionProgress::getIntentionId, Function.identity()));
        for (ReturnCopies.Progress was : held.progress()) {
            IntentionProgress now = progress.get(was.intentionId());
            if (now == null) {
                continue;
            }
            String field = read.intentionCode(was.intentionId()) + " ";
            change(ret, field + "progress", now.getStatus() == null ? null : now.getStatus().label(),
                    was.status() == null ? null : was.status().label(), why, () -> now.setStatus(was.status()));
            change(ret, field + "as at", now.getAsAt() == null ? null : UkDates.format(now.getAsAt()),
                    was.asAt() == null ? null : UkDates.format(was.asAt()), why, () -> now.setAsAt(was.asAt()));
            change(ret, field + "commentary", now.getCommentary(), was.commentary(), why,
                    () -> now.setCommentary(was.commentary()));
        }
        change(ret, "status", ret.getStatus().label(), held.status().label(), why, () -> { });
        ret.putBack(held.status(), held.submittedBy(), held.submittedAt(), held.approvedBy(), held.returnedReason(),
                held.returnedBy(), held.returnedAt());
        ret.touch(by, LocalDateTime.now(clock));
    }

    private void change(QuarterlyReturn ret, String field, @Nullable String old, @Nullable String was, String why,
            Runnable apply) {
        if (!Objects.equals(old, was)) {
            audit.record(ReturnService.AUDIT_SUBJECT, ret.getId(), field, old, was, why);
            apply.run();
        }
    }

    private static @Nullable String plain(@Nullable BigDecimal value, MeasureSummary measure) {
        return value == null ? null : value.setScale(measure.decimalPlaces(), RoundingMode.HALF_UP).toPlainString();
    }

    private static @Nullable String number(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static @Nullable String describe(List<RemedialActionEntry> actions) {
        return actions.isEmpty() ? null
                : actions.stream().map(RemedialActionEntry::describe).collect(Collectors.joining("; "));
    }
}
