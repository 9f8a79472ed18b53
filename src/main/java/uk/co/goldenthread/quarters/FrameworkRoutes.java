package uk.co.goldenthread.quarters;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.MeasureRouting;
import uk.co.goldenthread.people.PeopleService;

/** The framework's routing port: the same routing as opening a quarter, without opening one. */
@Component
@Transactional(readOnly = true)
class FrameworkRoutes implements MeasureRouting {

    private final FrameworkService framework;
    private final PeopleService people;

    FrameworkRoutes(FrameworkService framework, PeopleService people) {
        this.framework = framework;
        this.people = people;
    }

    @Override
    public Map<String, String> unrouted(LocalDate day) {
        FinancialQuarter period = FinancialQuarter.containing(day);
        Map<String, String> result = new LinkedHashMap<>();
        RoutePlanner.of(framework.areas(), people)
                .plan(period, framework.measuresInForce(period.firstDay()), framework.intentions())
                .nowhere().forEach(r -> result.put(r.code(), r.describe()));
        return result;
    }
}
