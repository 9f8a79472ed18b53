package uk.co.goldenthread.quarters.workflow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.co.goldenthread.quarters.ProgressStatus;
import uk.co.goldenthread.quarters.RemedialActionEntry;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.ReturnCopy;
import uk.co.goldenthread.quarters.domain.ReturnCopyRepository;

/**
 * What a return held when a pack reopened it: kept until the next version is published, so that a withdrawn correction
 * can put the return back as the published version shows it (a published return cannot be edited, so the return as
 * reopened is the return as published).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ReturnCopies {

    /** The return's own fields and each line and progress entry, matched again by measure and intention. */
    record Held(ReturnStatus status, @Nullable String submittedBy, @Nullable LocalDateTime submittedAt,
            @Nullable String approvedBy, @Nullable String returnedReason, @Nullable String returnedBy,
            @Nullable LocalDateTime returnedAt, List<Line> lines, List<Progress> progress) {
    }

    record Line(long measureId, @Nullable BigDecimal value, boolean provisional, @Nullable BigDecimal count,
            @Nullable String commentary, @Nullable String noDataReason, @Nullable String dataAsAt,
            @Nullable String commissioningCommentary, List<Action> actions) {
    }

    record Action(String action, String owner, LocalDate due) {
        RemedialActionEntry entry() {
            return new RemedialActionEntry(action, owner, due);
        }
    }

    record Progress(long intentionId, @Nullable ProgressStatus status, @Nullable LocalDate asAt,
            @Nullable String commentary) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final ReturnCopyRepository copies;
    private final Clock clock;

    ReturnCopies(ReturnCopyRepository copies, Clock clock) {
        this.copies = copies;
        this.clock = clock;
    }

    /** Keeps what the return holds now; a copy from an earlier reopening of the same version is replaced. */
    void take(QuarterlyReturn ret) {
        var held = new Held(ret.getStatus(), ret.getSubmittedBy(), ret.getSubmittedAt(), ret.getApprovedBy(),
                ret.getReturnedReason(), ret.getReturnedBy(), ret.getReturnedAt(), ret.getLines().stream()
                        .map(l -> new Line(l.getMeasureId(), l.getValue(), l.isProvisional(), l.getCount(),
                                l.getCommentary(), l.getNoDataReason(), l.getDataAsAt(), l.getCommissioningCommentary(),
                                l.getRemedialActions().stream().map(a -> new Action(a.getAction(), a.getOwner(),
                                        a.getDue())).toList()))
                        .toList(),
                ret.getProgress().stream().map(p -> new Progress(p.getIntentionId(), p.getStatus(), p.getAsAt(),
                        p.getCommentary())).toList());
        copies.save(new ReturnCopy(ret.getId(), ret.getQuarter().getId(), LocalDateTime.now(clock),
                JSON.writeValueAsString(held)));
    }

    /** The returns of the quarter that a pack reopened since its latest version was published, by return id. */
    List<ReturnCopy> of(long quarterId) {
        return copies.findByQuarterIdOrderByReturnId(quarterId);
    }

    Held read(ReturnCopy copy) {
        return JSON.readValue(copy.getContent(), Held.class);
    }

    /** A version of the quarter is published: what its returns held before is no longer needed. */
    void discard(long quarterId) {
        copies.deleteByQuarterId(quarterId);
    }
}
