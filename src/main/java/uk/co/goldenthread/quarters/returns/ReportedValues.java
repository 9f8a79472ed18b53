package uk.co.goldenthread.quarters.returns;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.MeasureReturns;
import uk.co.goldenthread.framework.ReportedValue;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.ReturnLine;
import uk.co.goldenthread.quarters.domain.ReturnLineRepository;

/** The quarters module's side of the framework's {@link MeasureReturns} port: measures' values in returns. */
@Component
@Transactional(readOnly = true)
class ReportedValues implements MeasureReturns {

    private static final Comparator<ReportedValue> LATEST_FIRST = Comparator
            .comparing((ReportedValue v) -> v.quarter().firstDay()).reversed()
            .thenComparing(ReportedValue::areaName).thenComparing(ReportedValue::reportedBy);

    private final ReturnLineRepository lines;
    private final FrameworkService framework;
    private final ReturnAssembler assembler;

    ReportedValues(ReturnLineRepository lines, FrameworkService framework, ReturnAssembler assembler) {
        this.lines = lines;
        this.framework = framework;
        this.assembler = assembler;
    }

    @Override
    public List<ReportedValue> reportedValues(long measureId) {
        return values(List.of(measureId)).stream().sorted(LATEST_FIRST).toList();
    }

    @Override
    public List<ReportedValue> reportedValues(Collection<Long> measureIds) {
        return measureIds.isEmpty() ? List.of() : values(measureIds).stream().sorted(LATEST_FIRST).toList();
    }

    @Override
    public List<ReportedValue> inOpenReturns(Collection<Long> measureIds) {
        return measureIds.isEmpty() ? List.of()
                : values(measureIds).stream().filter(ReportedValue::open).sorted(LATEST_FIRST).toList();
    }

    private List<ReportedValue> values(Collection<Long> measureIds) {
        return lines.findWithReturnByMeasureIdIn(measureIds).stream().map(this::value).toList();
    }

    private ReportedValue value(ReturnLine line) {
        QuarterlyReturn ret = line.getQuarterlyReturn();
        return new ReportedValue(line.getMeasureId(), ret.getQuarter().getPeriod(),
                framework.area(ret.getAreaId()).name(), assembler.name(ret.getAdDeliveryId()), line.getValue(),
                label(ret.getStatus()), !ret.getStatus().isSignedOff(), line.isProvisional());
    }

    /** "INCLUDED_IN_PACK" as "Included in pack", as the measure page has always shown it. */
    private static String label(ReturnStatus status) {
        String words = status.name().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
