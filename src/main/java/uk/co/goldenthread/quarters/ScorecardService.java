package uk.co.goldenthread.quarters;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.framework.AreaSummary;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.performance.Rag;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;
import uk.co.goldenthread.quarters.returns.LinesOfReturns;
import uk.co.goldenthread.quarters.returns.ReturnAssembler;

/** A Strategic Director's scorecard: every return of their directorates in one quarter, signed off one by one or together. */
@Service
@Transactional(readOnly = true)
public class ScorecardService {

    private final QuarterlyReturnRepository returns;
    private final ReturnAssembler assembler;
    private final LinesOfReturns linesOf;
    private final ReturnService returnService;
    private final ReturnApprovalService approvals;
    private final FrameworkService framework;
    private final PeopleService people;

    ScorecardService(QuarterlyReturnRepository returns, ReturnAssembler assembler, LinesOfReturns linesOf,
            ReturnService returnService, ReturnApprovalService approvals, FrameworkService framework,
            PeopleService people) {
        this.returns = returns;
        this.assembler = assembler;
        this.linesOf = linesOf;
        this.returnService = returnService;
        this.approvals = approvals;
        this.framework = framework;
        this.people = people;
    }

    /** The returns of the signed-in Strategic Director's directorates for a quarter, by area. */
    @PreAuthorize("hasRole('STRATEGIC_DIRECTOR')")
    public List<ScorecardRow> scorecard(long quarterId) {
        Set<Long> myAreas = myAreaIds();
        List<QuarterlyReturn> mine = returns.findByQuarterIdOrderById(quarterId).stream()
                .filter(r -> myAreas.contains(r.getAreaId())).toList();
        Map<Long, List<LineDetails>> lines = linesOf.of(mine);
        return mine.stream().map(r -> row(r, lines.getOrDefault(r.getId(), List.of()))).toList();
    }

    /** Signs off every approved return on the scorecard that is waiting for the signed-in Strategic Director. */
    @Transactional
    @PreAuthorize("hasRole('STRATEGIC_DIRECTOR')")
    public int signOffAllApproved(long quarterId) {
        List<ScorecardRow> ready = scorecard(quarterId).stream().filter(ScorecardRow::canSignOff).toList();
        ready.forEach(row -> approvals.signOff(row.returnId(), row.version()));
        return ready.size();
    }

    private ScorecardRow row(QuarterlyReturn ret, List<LineDetails> lines) {
        ReturnSummary summary = assembler.summary(ret);
        Map<Rag, Long> counts = lines.stream()
                .collect(Collectors.groupingBy(LineDetails::rag, () -> new EnumMap<>(Rag.class), Collectors.counting()));
        Arrays.stream(Rag.values()).forEach(rag -> counts.putIfAbsent(rag, 0L));
        boolean canSignOff = returnService.myActions(ret.getId()).contains(ReturnAction.SIGN_OFF);
        return new ScorecardRow(ret.getId(), ret.getVersion(), summary.areaName(), summary.adDeliveryName(),
                ret.getStatus(), counts, canSignOff, lines);
    }

    private Set<Long> myAreaIds() {
        long me = people.currentPerson().id();
        return framework.areas().stream().filter(a -> Long.valueOf(me).equals(a.strategicDirectorId()))
                .map(AreaSummary::id).collect(Collectors.toSet());
    }
}
