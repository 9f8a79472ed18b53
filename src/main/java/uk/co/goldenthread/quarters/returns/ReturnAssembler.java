package uk.co.goldenthread.quarters.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.framework.AreaSummary;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.IntentionSummary;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.PeriodValue;
import uk.co.goldenthread.quarters.ProgressDetails;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnSummary;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.ReturnLine;
import uk.co.goldenthread.quarters.domain.ReturnLineRepository;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.performance.Observation;

/** Turns a return entity into the records the rest of the application sees. */
@Component
@org.springframework.transaction.annotation.Transactional(readOnly = true)
public class ReturnAssembler {

    private final FrameworkService framework;
    private final PeopleService people;
    private final ReturnLineRepository lines;

    ReturnAssembler(FrameworkService framework, PeopleService people, ReturnLineRepository lines) {
        this.framework = framework;
        this.people = people;
        this.lines = lines;
    }

    public ReturnDetails details(QuarterlyReturn ret) {
        return details(ret, measuresOf(ret));
    }

    /** The return's measures, and its intentions if it reports progress on any. */
    public ReturnMeasures measuresOf(QuarterlyReturn ret) {
        Map<Long, MeasureSummary> measures = framework.measures(ret.getLines().stream().map(ReturnLine::getMeasureId).toList());
        Map<Long, IntentionSummary> intentions = ret.getProgress().isEmpty() ? Map.of()
                : framework.intentions().stream().collect(Collectors.toMap(IntentionSummary::id, i -> i));
        return new ReturnMeasures(measures, intentions);
    }

    /** The return as a person sees it, with measures already read in this request. */
    public ReturnDetails details(QuarterlyReturn ret, ReturnMeasures read) {
        AreaSummary area = framework.area(ret.getAreaId());
        FinancialQuarter period = ret.getQuarter().getPeriod();
        Map<Long, MeasureSummary> measures = read.measures();
        Map<Long, Long> sources = measures.isEmpty() ? Map.of() : framework.historySources(measures.keySet());
        Map<Long, List<ReturnLine>> earlier = MeasureHistory.byMeasure(ret.getAreaId(), measures,
                measures.isEmpty() ? List.of()
                        : lines.findRecentValues(sources.keySet(), period.financialYear(), period.quarter()), sources);
        List<LineDetails> details = ret.getLines().stream()
                .map(line -> line(period, line, read.measure(line.getMeasureId()),
                        earlier.getOrDefault(line.getMeasureId(), List.of())))
                .toList();
        Map<Long, PersonSummary> route = people.findAllById(Arrays.asList(ret.getAdDeliveryId(),
                area.adCommissioningId(), area.strategicDirectorId()));
        return new ReturnDetails(ret.getId(), ret.getQuarter().getId(), period,
                area.directorateName(), area.name(), name(route, ret.getAdDeliveryId()),
                name(route, area.adCommissioningId()), name(route, area.strategicDirectorId()), ret.getStatus(),
                ret.getVersion(), ret.getReturnedReason(),
                ret.getReturnedBy() == null ? null : nameOf(ret.getReturnedBy()), ret.getReturnedAt(),
                ret.getSubmittedBy(), ret.getSubmittedAt(), details, progress(ret, read));
    }

    private static List<ProgressDetails> progress(QuarterlyReturn ret, ReturnMeasures read) {
        return ret.getProgress().stream().map(p -> new ProgressDetails(p.getId(), read.intention(p.getIntentionId()),
                p.getStatus(), p.getAsAt(), p.getCommentary())).toList();
    }

    static LineDetails line(FinancialQuarter period, ReturnLine line, MeasureSummary measure,
            List<ReturnLine> earlierLines) {
        BigDecimal value = atScale(line.getValue(), measure.decimalPlaces());
        BigDecimal target = atScale(line.getTarget(), measure.decimalPlaces());
        List<PeriodValue> earlier = earlierLines.stream()
                .map(l -> earlier(l, measure.decimalPlaces()))
                .toList();
        FinancialQuarter lastYear = new FinancialQuarter(period.financialYear() - 1, period.quarter());
        PeriodValue sameQuarterLastYear = earlier.stream().filter(v -> v.period().equals(lastYear)).findFirst()
                .orElse(null);
        return new LineDetails(line.getId(), measure, target, value, line.getCommentary(),
                measure.ratingSettings().rate(new Observation(period.label(), value, line.isProvisional(),
                        line.getCount()), target), lastFour(period, earlier), sameQuarterLastYear,
                line.getNoDataReason(), line.remedialActionEntries(), line.getCommissioningCommentary(),
                line.getDataAsAt(), line.isDue(), line.isProvisional(), line.getCount(),
                earlier.stream().limit(LineDetails.EARLIER_PERIODS).toList());
    }

    /**
     * The values of the five quarters before this one (at most four of them): what the previous-quarter direction and
     * "Previous quarters" have always read; the line card's eight periods reach further back.
     */
    private static List<PeriodValue> lastFour(FinancialQuarter period, List<PeriodValue> earlier) {
        return earlier.stream().filter(v -> period.index() - v.period().index() <= 5)
                .limit(4).toList();
    }

    public ReturnSummary summary(QuarterlyReturn ret) {
        AreaSummary area = framework.area(ret.getAreaId());
        return new ReturnSummary(ret.getId(), ret.getQuarter().getPeriod(), area.directorateName(), area.name(),
                name(ret.getAdDeliveryId()), ret.getStatus());
    }

    /** Whether the person does a step of this return: its AD Delivery, AD Commissioning or Strategic Director. */
    public boolean isOnRoute(QuarterlyReturn ret, long personId) {
        AreaSummary area = framework.area(ret.getAreaId());
        return personId == ret.getAdDeliveryId() || Long.valueOf(personId).equals(area.adCommissioningId())
                || Long.valueOf(personId).equals(area.strategicDirectorId());
    }

    /** The database keeps four decimal places; people see a value at its measure's own precision. */
    /** An earlier value of the measure: only lines that have one are read as history. */
    private static PeriodValue earlier(ReturnLine l, int decimalPlaces) {
        BigDecimal value = atScale(l.getValue(), decimalPlaces);
        if (value == null) {
            throw new IllegalStateException("An earlier line without a value was read as history");
        }
        return new PeriodValue(l.getQuarterlyReturn().getQuarter().getPeriod(), value, l.isProvisional());
    }

    private static @Nullable BigDecimal atScale(@Nullable BigDecimal value, int decimalPlaces) {
        return value == null ? null : value.setScale(decimalPlaces, RoundingMode.HALF_UP);
    }

    public String name(@Nullable Long personId) {
        return personId == null ? "(not named yet)"
                : people.findById(personId).map(PersonSummary::fullName).orElse(unknown(personId));
    }

    /** The name of a person read already with the others of the return's route. */
    private static String name(Map<Long, PersonSummary> read, @Nullable Long personId) {
        if (personId == null) {
            return "(not named yet)";
        }
        PersonSummary person = read.get(personId);
        return person == null ? unknown(personId) : person.fullName();
    }

    private static String unknown(long personId) {
        return "(unknown person " + personId + ")";
    }

    public String nameOf(String username) {
        return people.findByUsername(username).map(PersonSummary::fullName).orElse(username);
    }
}
