package uk.co.goldenthread.framework.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureStatus;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.measures.domain.Measure;
import uk.co.goldenthread.framework.measures.domain.MeasureRepository;
import uk.co.goldenthread.framework.measures.domain.MeasureTargetRepository;

/** Where the framework is incomplete: what the Performance Team still has to agree with the owners. */
@Service
@Transactional(readOnly = true)
public class DataQualityService {

    private final MeasureRepository measures;
    private final MeasureTargetRepository targets;
    private final Clock clock;

    DataQualityService(MeasureRepository measures, MeasureTargetRepository targets, Clock clock) {
        this.measures = measures;
        this.targets = targets;
        this.clock = clock;
    }

    /** The draft and active measures missing a baseline, this financial year's target, an owner or a rationale. */
    @PreAuthorize("isAuthenticated()")
    public DataQualityReport report() {
        int financialYear = FinancialQuarter.containing(LocalDate.now(clock)).financialYear();
        List<MeasureSummary> current = measures.findByStatusNotOrderByCode(MeasureStatus.RETIRED).stream()
                .map(Measure::toSummary).toList();
        Set<Long> withTarget = targets.measureIdsWithTargetIn(financialYear);
        return new DataQualityReport(financialYear,
                having(current, m -> m.baselineValue() == null),
                having(current, m -> !withTarget.contains(m.id())),
                having(current, m -> m.ownerId() == null && !m.allAds()),
                having(current, m -> m.proxy() && (m.proxyRationale() == null || m.proxyRationale().isBlank())),
                having(current, m -> m.kind() == MeasureKind.KBM && m.polarity() == null));
    }

    private static List<MeasureSummary> having(List<MeasureSummary> measures, Predicate<MeasureSummary> problem) {
        return measures.stream().filter(problem).toList();
    }
}
