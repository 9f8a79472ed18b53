package uk.co.goldenthread.framework.versions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.TextLimits;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.framework.measures.domain.MeasureRepository;
import uk.co.goldenthread.framework.versions.domain.FrameworkVersion;
import uk.co.goldenthread.framework.versions.domain.FrameworkVersionRepository;
import uk.co.goldenthread.people.PeopleService;

/** Framework versions: measures change at cut-over dates, and each version comes after the one before. */
@Service
@Transactional
public class FrameworkVersionService {

    /** The audit trail's subject for framework versions. */
    public static final String AUDIT_SUBJECT = "Framework version";

    private final FrameworkVersionRepository versions;
    private final MeasureRepository measures;
    private final PeopleService people;
    private final AuditLog audit;
    private final Clock clock;

    FrameworkVersionService(FrameworkVersionRepository versions, MeasureRepository measures, PeopleService people,
            AuditLog audit, Clock clock) {
        this.versions = versions;
        this.measures = measures;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every version, latest cut-over first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<FrameworkVersionSummary> versions() {
        return versions.findAllByOrderByCutOverDateAsc().reversed().stream().map(this::view).toList();
    }

    /** Adds the next version; its cut-over comes after the latest one's, and it is first reported from then. */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public FrameworkVersionSummary addVersion(FrameworkVersionForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.name().isEmpty()) {
            errors.put("Name", "Give the version a name, e.g. Commissioning Intentions 2019.");
        }
        TextLimits.check(errors, "Name", form.name(), TextLimits.NAME);
        LocalDate cutOver = form.cutOverDate();
        if (cutOver == null) {
            errors.put("Cut-over date", "Give the date from which the version applies.");
        } else {
            versions.findFirstByOrderByCutOverDateDescIdDesc()
                    .filter(latest -> !cutOver.isAfter(latest.getCutOverDate()))
                    .ifPresent(latest -> errors.put("Cut-over date", "Must be after the cut-over of the latest version, "
                            + latest.getName() + " (" + UkDates.format(latest.getCutOverDate()) + ")."));
        }
        if ((form.firstReportedYear() == null) != (form.firstReportedQuarter() == null)) {
            errors.put("First reported quarter", "Choose both the financial year and the quarter, or neither.");
        } else if (form.firstReportedQuarter() != null && (form.firstReportedQuarter() < 1 || form.firstReportedQuarter() > 4)) {
            errors.put("First reported quarter", "Choose Q1 to Q4.");
        } else if (form.firstReportedYear() != null && form.cutOverDate() != null) {
            var first = new FinancialQuarter(form.firstReportedYear(), form.firstReportedQuarter());
            if (first.lastDay().isBefore(form.cutOverDate())) {
                errors.put("First reported quarter", first.label() + " ends before the cut-over: choose the quarter in "
                        + "which the version is first reported.");
            }
        }
        if (!errors.isEmpty() || cutOver == null) {
            throw new InvalidInputException(errors);
        }
        FrameworkVersion version = versions.save(new FrameworkVersion(form.name(), cutOver,
                form.firstReportedYear(), form.firstReportedQuarter(), "Framework versions screen",
                LocalDateTime.now(clock), people.currentPerson().username()));
        FrameworkVersionSummary view = view(version);
        audit.record(AUDIT_SUBJECT, version.getId(), "Framework version", null,
                form.name() + ", cut-over " + UkDates.format(form.cutOverDate())
                        + (view.firstReported() == null ? "" : ", first reported " + view.firstReported().label()), null);
        return view;
    }

    private FrameworkVersionSummary view(FrameworkVersion v) {
        FinancialQuarter first = v.getFirstReportedYear() == null || v.getFirstReportedQuarter() == null ? null
                : new FinancialQuarter(v.getFirstReportedYear(), v.getFirstReportedQuarter());
        return new FrameworkVersionSummary(v.getId(), v.getName(), v.getCutOverDate(), first, v.getCreatedAt(),
                v.getCreatedBy(), measures.countByIntroducedInVersionId(v.getId()),
                measures.countByRetiredInVersionId(v.getId()), v.getExistingMeasureCount(), v.getNewMeasureCount());
    }
}
