package uk.co.goldenthread.quarters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.framework.AreaView;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.MeasureView;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;

/** Turns a return entity into the records the rest of the application sees. */
@Component
class ReturnAssembler {

    private final FrameworkService framework;
    private final PeopleService people;

    ReturnAssembler(FrameworkService framework, PeopleService people) {
        this.framework = framework;
        this.people = people;
    }

    ReturnDetails details(QuarterlyReturn ret) {
        AreaView area = framework.area(ret.getAreaId());
        List<LineDetails> lines = ret.getLines().stream().map(line -> {
            MeasureView measure = framework.measure(line.getMeasureId());
            BigDecimal value = atScale(line.getValue(), measure.decimalPlaces());
            BigDecimal target = atScale(line.getTarget(), measure.decimalPlaces());
            return new LineDetails(line.getId(), measure, target, value, line.getCommentary(),
                    measure.ragRule().rate(value, target));
        }).toList();
        return new ReturnDetails(ret.getId(), ret.getQuarter().getId(), ret.getQuarter().getPeriod(),
                area.directorateName(), area.name(), name(ret.getAdDeliveryId()), name(area.adCommissioningId()),
                name(area.strategicDirectorId()), ret.getStatus(), ret.getVersion(), ret.getReturnedReason(),
                ret.getReturnedBy() == null ? null : nameOf(ret.getReturnedBy()), ret.getReturnedAt(),
                ret.getSubmittedBy(), lines);
    }

    ReturnSummary summary(QuarterlyReturn ret) {
        AreaView area = framework.area(ret.getAreaId());
        return new ReturnSummary(ret.getId(), ret.getQuarter().getPeriod(), area.directorateName(), area.name(),
                name(ret.getAdDeliveryId()), ret.getStatus());
    }

    MeasureView measure(long measureId) {
        return framework.measure(measureId);
    }

    /** Whether the person does a step of this return: its AD Delivery, AD Commissioning or Strategic Director. */
    boolean isOnRoute(QuarterlyReturn ret, long personId) {
        AreaView area = framework.area(ret.getAreaId());
        return personId == ret.getAdDeliveryId() || Long.valueOf(personId).equals(area.adCommissioningId())
                || Long.valueOf(personId).equals(area.strategicDirectorId());
    }

    /** The database keeps four decimal places; people see a value at its measure's own precision. */
    private static @Nullable BigDecimal atScale(@Nullable BigDecimal value, int decimalPlaces) {
        return value == null ? null : value.setScale(decimalPlaces, RoundingMode.HALF_UP);
    }

    String name(@Nullable Long personId) {
        return personId == null ? "(not named yet)"
                : people.findById(personId).map(PersonSummary::fullName).orElse("(unknown person " + personId + ")");
    }

    String nameOf(String username) {
        return people.findByUsername(username).map(PersonSummary::fullName).orElse(username);
    }
}
