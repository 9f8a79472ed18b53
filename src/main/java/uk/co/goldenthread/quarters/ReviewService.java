package uk.co.goldenthread.quarters;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.audit.AuditRecord;
import uk.co.goldenthread.framework.AreaSummary;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;
import uk.co.goldenthread.quarters.domain.ReturnVisit;
import uk.co.goldenthread.quarters.domain.ReturnVisitRepository;
import uk.co.goldenthread.quarters.returns.LinesOfReturns;
import uk.co.goldenthread.quarters.returns.ReturnAssembler;

/** What an AD Commissioning reviews: every return of their areas, and what changed since they last looked at one. */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    private final QuarterlyReturnRepository returns;
    private final ReturnVisitRepository visits;
    private final ReturnAssembler assembler;
    private final LinesOfReturns linesOf;
    private final FrameworkService framework;
    private final PeopleService people;
    private final AuditLog audit;
    private final Clock clock;

    ReviewService(QuarterlyReturnRepository returns, ReturnVisitRepository visits, ReturnAssembler assembler,
            LinesOfReturns linesOf, FrameworkService framework, PeopleService people, AuditLog audit, Clock clock) {
        this.returns = returns;
        this.visits = visits;
        this.assembler = assembler;
        this.linesOf = linesOf;
        this.framework = framework;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The returns of the areas the signed-in person commissions, latest quarter first. */
    @PreAuthorize("hasRole('AD_COMMISSIONING')")
    public List<ReviewRow> myReviews() {
        PersonSummary me = people.currentPerson();
        Set<Long> areas = framework.areas().stream().filter(a -> Long.valueOf(me.id()).equals(a.adCommissioningId()))
                .map(AreaSummary::id).collect(Collectors.toSet());
        List<QuarterlyReturn> mine = returns.findByAreaIdIn(areas);
        Map<Long, List<LineDetails>> lines = linesOf.of(mine);
        return mine.stream()
                .map(ret -> {
                    ReturnSummary summary = assembler.summary(ret);
                    LocalDateTime last = lastLooked(ret.getId(), me.id());
                    return new ReviewRow(ret.getId(), summary.period(), summary.areaName(), summary.adDeliveryName(),
                            ret.getStatus(), changesSince(ret, last, me.username()).size(), last,
                            lines.getOrDefault(ret.getId(), List.of()));
                })
                .sorted(Comparator.comparing((ReviewRow r) -> r.period().index())
                        .reversed().thenComparing(ReviewRow::areaName))
                .toList();
    }

    /** Changes others made to the return since the signed-in person last looked (all of them on a first look). */
    public List<AuditRecord> changesSinceLastLook(long returnId) {
        PersonSummary me = people.currentPerson();
        QuarterlyReturn ret = returns.findById(returnId).orElseThrow();
        return changesSince(ret, lastLooked(returnId, me.id()), me.username());
    }

    /** Notes that the signed-in person has looked at the return now. */
    @Transactional
    public void markLooked(long returnId) {
        long me = people.currentPerson().id();
        LocalDateTime now = LocalDateTime.now(clock);
        visits.findById(new ReturnVisit.Key(returnId, me)).ifPresentOrElse(v -> v.setVisitedAt(now),
                () -> visits.save(new ReturnVisit(returnId, me, now)));
    }

    private @Nullable LocalDateTime lastLooked(long returnId, long personId) {
        return visits.findById(new ReturnVisit.Key(returnId, personId)).map(ReturnVisit::getVisitedAt).orElse(null);
    }

    private List<AuditRecord> changesSince(QuarterlyReturn ret, @Nullable LocalDateTime since, String me) {
        return audit.history(ReturnService.AUDIT_SUBJECT, ret.getId()).stream()
                .filter(r -> !r.actor().equals(me) && (since == null || r.at().isAfter(since)))
                .toList();
    }
}
