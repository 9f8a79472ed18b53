package uk.co.goldenthread.framework.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.framework.MeasureStatus;
import uk.co.goldenthread.framework.measures.domain.Measure;
import uk.co.goldenthread.framework.measures.domain.MeasureRepository;
import uk.co.goldenthread.framework.versions.domain.FrameworkVersion;
import uk.co.goldenthread.framework.versions.domain.FrameworkVersionRepository;

/**
 * A revised measure's status follows its version's cut-over date: it stays active (and reported in quarters that
 * start before the cut-over) until that day, then this retires it, audited. It runs when the application starts and
 * every night just after midnight, UK time ({@code goldenthread.cut-overs.cron}).
 */
@Component
@Transactional
public class MeasureCutOvers {

    private final MeasureRepository measures;
    private final FrameworkVersionRepository versions;
    private final AuditLog audit;
    private final Clock clock;

    MeasureCutOvers(MeasureRepository measures, FrameworkVersionRepository versions, AuditLog audit, Clock clock) {
        this.measures = measures;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${goldenthread.cut-overs.cron:0 5 0 * * *}", zone = "Europe/London")
    public void retireDueToday() {
        retireDue(LocalDate.now(clock));
    }

    /** Retires every active measure whose replacing or retiring version cuts over on or before the day. */
    public int retireDue(LocalDate day) {
        int retired = 0;
        for (Measure measure : measures.findByStatusAndRetiredInVersionIdIsNotNull(MeasureStatus.ACTIVE)) {
            Long versionId = measure.getRetiredInVersionId();
            FrameworkVersion version = versionId == null ? null : versions.findById(versionId).orElse(null);
            if (version == null || version.getCutOverDate().isAfter(day)) {
                continue;
            }
            List<Measure> successors = measures.findByReplacesMeasureId(measure.getId());
            String when = " from " + UkDates.format(version.getCutOverDate()) + " (" + version.getName() + ")";
            String reason = successors.isEmpty() ? "Retired" + when
                    : "Replaced by " + successors.getFirst().getCode() + when;
            audit.record(FrameworkAdminService.AUDIT_SUBJECT, measure.getId(), "Measure " + measure.getCode() + " Status",
                    measure.getStatus().label(), MeasureStatus.RETIRED.label(), reason);
            measure.setStatus(MeasureStatus.RETIRED);
            retired++;
        }
        return retired;
    }
}
