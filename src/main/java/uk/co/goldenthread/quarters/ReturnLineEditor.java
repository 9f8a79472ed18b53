package uk.co.goldenthread.quarters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.MeasureUnit;
import uk.co.goldenthread.performance.Observation;
import uk.co.goldenthread.performance.Rag;
import uk.co.goldenthread.quarters.domain.IntentionProgress;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.ReturnLine;
import uk.co.goldenthread.quarters.returns.ReturnMeasures;

/**
 * Applies what an AD Delivery typed to a return's lines, all or nothing, and checks a return is complete before it
 * is submitted. Errors are keyed by measure code ("FIN01") for the value, or code and field ("FIN01 commentary").
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ReturnLineEditor {

    private final AuditLog audit;

    ReturnLineEditor(AuditLog audit) {
        this.audit = audit;
    }

    void apply(QuarterlyReturn ret, ReturnMeasures read, List<LineEntry> entries, @Nullable String onBehalfOf) {
        Map<Long, ReturnLine> lines = ret.getLines().stream().collect(Collectors.toMap(ReturnLine::getId, Function.identity()));
        Map<String, String> errors = new LinkedHashMap<>();
        Map<ReturnLine, BigDecimal> parsed = new LinkedHashMap<>();
        Map<ReturnLine, BigDecimal> counts = new LinkedHashMap<>();
        for (LineEntry entry : entries) {
            ReturnLine line = lineOf(lines, entry);
            MeasureSummary measure = read.measure(line.getMeasureId());
            if (!line.isDue()) {
                throw new DomainException(measure.code() + " is not due this period: its latest value"
                        + (line.getDataAsAt() == null ? "" : " (data as at " + line.getDataAsAt() + ")")
                        + " is shown read-only, and is reported in the quarter its new data comes.");
            }
            try {
                BigDecimal value = measure.unit().parse(entry.value(), measure.decimalPlaces(), measure.code());
                parsed.put(line, value);
                if (value != null && !blank(entry.noDataReason())) {
                    errors.put(measure.code() + " no data", "Give either a value or a reason for no data, not both.");
                }
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
            try {
                BigDecimal count = MeasureUnit.NUMBER.parse(entry.count(), 0, measure.code() + " count");
                if (count != null && count.signum() < 0) {
                    throw InvalidInputException.of(measure.code() + " count", "negative");
                }
                counts.put(line, count);
            } catch (InvalidInputException e) {
                errors.put(measure.code() + " count", "Give the count behind the value as a whole number, e.g. 12.");
            }
            tooLong(entry.commentary()).ifPresent(e -> errors.put(measure.code() + " commentary", e));
            tooLong(entry.noDataReason()).ifPresent(e -> errors.put(measure.code() + " no data", e));
            if (entry.dataAsAt() != null && entry.dataAsAt().strip().length() > 40) {
                errors.put(measure.code() + " data as at", "Give the period in at most 40 characters, e.g. Q2 2019/20.");
            }
            if (entry.remedialActions().stream().anyMatch(ReturnLineEditor::incomplete)) {
                errors.put(measure.code() + " remedial actions", "Each remedial action needs the action, an owner and a due date.");
            }
            tooLong(entry.remedialActions()).ifPresent(e -> errors.putIfAbsent(measure.code() + " remedial actions", e));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors); // nothing has been changed yet
        }
        for (LineEntry entry : entries) {
            ReturnLine line = lineOf(lines, entry);
            MeasureSummary measure = read.measure(line.getMeasureId());
            String code = measure.code();
            BigDecimal value = parsed.get(line);
            change(ret, code + " value", plain(line.getValue(), measure), plain(value, measure), onBehalfOf,
                    () -> line.setValue(value));
            String commentary = strip(entry.commentary());
            boolean provisional = entry.provisional() && value != null;
            change(ret, code + " provisional", line.isProvisional() ? "yes" : null, provisional ? "yes" : null,
                    onBehalfOf, () -> line.setProvisional(provisional));
            BigDecimal count = value == null ? null : counts.get(line);
            change(ret, code + " count", line.getCount() == null ? null : line.getCount().stripTrailingZeros()
                    .toPlainString(), count == null ? null : count.toPlainString(), onBehalfOf, () -> line.setCount(count));
            change(ret, code + " commentary", strip(line.getCommentary()), commentary, onBehalfOf,
                    () -> line.setCommentary(commentary));
            String asAt = strip(entry.dataAsAt());
            change(ret, code + " data as at", strip(line.getDataAsAt()), asAt, onBehalfOf, () -> line.setDataAsAt(asAt));
            String noData = strip(entry.noDataReason());
            change(ret, code + " reason for no data", strip(line.getNoDataReason()), noData, onBehalfOf,
                    () -> line.setNoDataReason(noData));
            List<RemedialActionEntry> actions = entry.remedialActions().stream().filter(a -> !empty(a))
                    .map(ReturnLineEditor::stripped).toList();
            change(ret, code + " remedial actions", describe(line.remedialActionEntries().stream().map(ReturnLineEditor::stripped).toList()),
                    describe(actions),
                    onBehalfOf, () -> line.replaceRemedialActions(actions));
        }
    }

    /** Commissioning commentary on KBM lines; other lines are refused. */
    void applyCommissioningCommentary(QuarterlyReturn ret, ReturnMeasures read, Map<Long, String> commentaryByLine,
            @Nullable String onBehalfOf) {
        for (ReturnLine line : ret.getLines()) {
            if (!commentaryByLine.containsKey(line.getId())) {
                continue;
            }
            MeasureSummary measure = read.measure(line.getMeasureId());
            if (measure.kind() != uk.co.goldenthread.framework.MeasureKind.KBM) {
                throw new DomainException(measure.code() + " is not a KBM: commissioning commentary is for KBMs.");
            }
            tooLong(commentaryByLine.get(line.getId())).ifPresent(e -> {
                throw new InvalidInputException(Map.of(measure.code() + " commissioning commentary", e));
            });
            String commentary = strip(commentaryByLine.get(line.getId()));
            change(ret, measure.code() + " commissioning commentary", strip(line.getCommissioningCommentary()), commentary,
                    onBehalfOf, () -> line.setCommissioningCommentary(commentary));
        }
    }

    /** Progress on the return's intentions, with its status, date and commentary; audited like values. */
    void applyProgress(QuarterlyReturn ret, ReturnMeasures read, List<ProgressEntry> entries,
            @Nullable String onBehalfOf) {
        Map<Long, IntentionProgress> byId = ret.getProgress().stream()
                .collect(Collectors.toMap(IntentionProgress::getId, Function.identity()));
        for (ProgressEntry entry : entries) {
            IntentionProgress progress = byId.get(entry.progressId());
            if (progress == null) {
                throw new DomainException("Progress " + entry.progressId() + " is not part of this return.");
            }
            String field = read.intentionCode(progress.getIntentionId()) + " ";
            tooLong(entry.commentary()).ifPresent(e -> {
                throw new InvalidInputException(Map.of(field + "progress", e));
            });
            change(ret, field + "progress", label(progress.getStatus()), label(entry.status()),
                    onBehalfOf, () -> progress.setStatus(entry.status()));
            change(ret, field + "as at", text(progress.getAsAt()), text(entry.asAt()), onBehalfOf,
                    () -> progress.setAsAt(entry.asAt()));
            String commentary = strip(entry.commentary());
            change(ret, field + "commentary", strip(progress.getCommentary()), commentary, onBehalfOf,
                    () -> progress.setCommentary(commentary));
        }
    }

    /** Every measure has a value or a reason for no data; amber and red have commentary; red has remedial actions. */
    void checkReadyToSubmit(QuarterlyReturn ret, ReturnMeasures read) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ReturnLine line : ret.getLines()) {
            if (!line.isDue()) {
                continue;
            }
            MeasureSummary measure = read.measure(line.getMeasureId());
            String code = measure.code();
            if (line.getValue() == null && blank(line.getNoDataReason())) {
                errors.put(code, "Enter a value, or tick 'No data this period' and give the reason, before submitting.");
                continue;
            }
            Rag rag = measure.ratingSettings().rate(new Observation(code, line.getValue(), line.isProvisional(),
                    line.getCount()), line.getTarget()).rag();
            if ((rag == Rag.AMBER || rag == Rag.RED) && blank(line.getCommentary())) {
                errors.put(code + " commentary", "Commentary is required because this measure is " + rag.word().toLowerCase() + ".");
            }
            if (rag == Rag.RED && line.getRemedialActions().isEmpty()) {
                errors.put(code + " remedial actions", "A red measure needs at least one remedial action (action, owner, due date).");
            }
        }
        for (IntentionProgress progress : ret.getProgress()) {
            if (progress.getStatus() == null || progress.getAsAt() == null) {
                errors.put(read.intentionCode(progress.getIntentionId()) + " progress", "Give the progress and the date it is as at.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Refuses more than {@link LineEntry#MAX_REMEDIAL_ACTIONS} actions, or one whose action or owner is too long. */
    private static java.util.Optional<String> tooLong(List<RemedialActionEntry> actions) {
        long given = actions.stream().filter(a -> !empty(a)).count();
        if (given > LineEntry.MAX_REMEDIAL_ACTIONS) {
            return java.util.Optional.of("Give at most " + LineEntry.MAX_REMEDIAL_ACTIONS + " remedial actions; this has "
                    + given + ".");
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            RemedialActionEntry a = actions.get(i);
            int owner = a.owner() == null ? 0 : a.owner().strip().length();
            int action = a.action() == null ? 0 : a.action().strip().length();
            if (owner > RemedialActionEntry.MAX_OWNER) {
                problems.add("action " + (i + 1) + " has an owner of " + owner + " characters");
            } else if (action > RemedialActionEntry.MAX_ACTION) {
                problems.add("action " + (i + 1) + " has an action of " + action + " characters");
            }
        }
        return problems.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("Keep each remedial action to "
                + RemedialActionEntry.MAX_ACTION + " characters and its owner to " + RemedialActionEntry.MAX_OWNER
                + "; " + String.join(", ", problems) + ".");
    }

    /**
     * Refuses text over {@link LineEntry#MAX_TEXT} characters before anything is saved, naming the limit and the
     * length (the TEXT columns hold 65,535 bytes: 10,000 characters fit even at four bytes each).
     */
    private static java.util.Optional<String> tooLong(@Nullable String text) {
        int length = text == null ? 0 : text.strip().length();
        return length <= LineEntry.MAX_TEXT ? java.util.Optional.empty() : java.util.Optional.of(String.format(
                java.util.Locale.UK, "Write at most %,d characters here; this has %,d. Shorten it and save again: "
                        + "nothing was saved, and your text is still here.", LineEntry.MAX_TEXT, length));
    }

    private static @Nullable String label(@Nullable ProgressStatus status) {
        return status == null ? null : status.label();
    }

    private static @Nullable String text(java.time.@Nullable LocalDate date) {
        return date == null ? null : UkDates.format(date);
    }

    private void change(QuarterlyReturn ret, String field, @Nullable String old, @Nullable String now,
            @Nullable String onBehalfOf, Runnable apply) {
        if (!Objects.equals(old, now)) {
            audit.record(ReturnService.AUDIT_SUBJECT, ret.getId(), field, old, now, null, onBehalfOf);
            apply.run();
        }
    }

    private static boolean incomplete(RemedialActionEntry a) {
        return !empty(a) && (blank(a.action()) || blank(a.owner()) || a.due() == null);
    }

    private static boolean empty(RemedialActionEntry a) {
        return blank(a.action()) && blank(a.owner()) && a.due() == null;
    }

    private static @Nullable String describe(List<RemedialActionEntry> actions) {
        return actions.isEmpty() ? null : actions.stream().map(RemedialActionEntry::describe).collect(Collectors.joining("; "));
    }

    private static ReturnLine lineOf(Map<Long, ReturnLine> lines, LineEntry entry) {
        ReturnLine line = lines.get(entry.lineId());
        if (line == null) {
            throw new DomainException("Line " + entry.lineId() + " is not part of this return.");
        }
        return line;
    }

    @Contract("null -> true")
    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static @Nullable String strip(@Nullable String text) {
        return blank(text) ? null : text.strip();
    }

    /** A value as the measure shows it (63.0 for one decimal place), so 63.0000 from the database equals 63.0 typed. */
    private static @Nullable String plain(@Nullable BigDecimal value, MeasureSummary measure) {
        return value == null ? null : value.setScale(measure.decimalPlaces(), RoundingMode.HALF_UP).toPlainString();
    }

    private static RemedialActionEntry stripped(RemedialActionEntry a) {
        return new RemedialActionEntry(strip(a.action()), strip(a.owner()), a.due());
    }
}
