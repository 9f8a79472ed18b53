package uk.co.goldenthread.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.Frequency;
import uk.co.goldenthread.framework.IntentionKind;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureStatus;
import uk.co.goldenthread.framework.MeasureUnit;
import uk.co.goldenthread.framework.OutcomeLevel;
import uk.co.goldenthread.framework.intentions.IntentionForm;
import uk.co.goldenthread.framework.intentions.IntentionService;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.measures.MeasureForm;
import uk.co.goldenthread.framework.measures.MeasureTargetService;
import uk.co.goldenthread.framework.structure.AreaForm;
import uk.co.goldenthread.framework.structure.DirectorateForm;
import uk.co.goldenthread.framework.structure.FrameworkStructureService;
import uk.co.goldenthread.framework.structure.OutcomeForm;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.SystemUser;
import uk.co.goldenthread.performance.Polarity;

/**
 * Demoshire, the test suite's council (profile demoshire, with demo): small and fictional, shaped like Warwickshire's
 * 2019 Commissioning Intentions Performance Framework: two Strategy and Commissioning areas, three commissioning
 * areas, eleven KBM titles from its Appendix B, and invented people. Kept because hundreds of tests know its people and
 * measures by name and it starts in seconds; the demo itself runs on the whole shipped framework (DemoWarwickshire).
 * Loaded once, on the first start with the demo profile, through the same audited services the Performance Team's
 * screens use: the audit trail shows who set up every directorate, area, objective, measure, target and intention.
 */
@Component
@Profile("demoshire")
@org.springframework.core.annotation.Order(1)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final PeopleService people;
    private final FrameworkService framework;
    private final FrameworkStructureService structure;
    private final FrameworkAdminService measures;
    private final MeasureTargetService targets;
    private final IntentionService intentions;
    private final Clock clock;

    DemoData(PeopleService people, FrameworkService framework, FrameworkStructureService structure,
            FrameworkAdminService measures, MeasureTargetService targets, IntentionService intentions, Clock clock) {
        this.people = people;
        this.framework = framework;
        this.structure = structure;
        this.measures = measures;
        this.targets = targets;
        this.intentions = intentions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (people.count() > 0) {
            return;
        }
        SystemUser.runAsPerformanceTeam("demo-loader", this::load);
        log.info("Demo council loaded: {} people, {} measures", people.count(), framework.measureCount());
    }

    private void load() {
        for (DemoAccountList.Person p : DemoAccountList.PEOPLE) {
            people.addPerson(p.username(), p.fullName(), p.jobTitle(), p.username() + "@demoshire.example",
                    p.roles(), DemoAccountList.PASSWORD);
        }
        long finance = structure.saveDirectorate(null,
                new DirectorateForm("Strategy and Commissioning of Finance and IT", id("helen.marsh")));
        long peopleDirectorate = structure.saveDirectorate(null,
                new DirectorateForm("Strategy and Commissioning of People", id("owen.brennan")));
        long strategicFinance = structure.saveArea(null, new AreaForm("Strategic Finance", finance, id("clare.foster"),
                Set.of(id("james.lewis"))));
        long strategicIt = structure.saveArea(null, new AreaForm("Strategic IT", finance, id("daniel.okafor"),
                Set.of(id("amy.evans"))));
        long health = structure.saveArea(null, new AreaForm("Health, Well-being and Self Care", peopleDirectorate,
                id("ruth.khan"), Set.of(id("tom.nguyen"))));
        long resources = objective("D1", "Put our resources in the right place to support the Organisation's "
                + "priorities and balance the books");
        long access = objective("D2", "Make it easy for customers to access our information and services so "
                + "they have a positive experience of our services");
        long independent = objective("D3", "Support the most vulnerable and disadvantaged adults to enjoy life; "
                + "achieve and live independently");
        long healthier = objective("D4", "Support residents to take responsibility for their own health and "
                + "wellbeing and reduce the need for hospital or long term health care");

        measure("FIN01", "% of capital expenditure against budget", MeasureUnit.PERCENT, 1, Polarity.HIGHER_IS_BETTER,
                "5", strategicFinance, resources, "clare.foster", "90", "81.4");
        measure("FIN02", "% of revenue savings achieved against target", MeasureUnit.PERCENT, 1,
                Polarity.HIGHER_IS_BETTER, "10", strategicFinance, resources, "clare.foster", "100", "92.0");
        measureInBand("FIN03", "% net variation to budget", strategicFinance, resources, "clare.foster");
        measure("FIN04", "No. of instances of unauthorised expenditure from failure to follow standards.",
                MeasureUnit.NUMBER, 0, Polarity.LOWER_IS_BETTER, "2", strategicFinance, resources, "clare.foster", "0", "4");
        measure("ICT01", "% customer satisfaction with ICT Services", MeasureUnit.PERCENT, 1, Polarity.HIGHER_IS_BETTER,
                "5", strategicIt, access, "daniel.okafor", "85", "79.5");
        measure("ICT02", "% of business cases involving ICT aligned to the Digital strategy", MeasureUnit.PERCENT, 0,
                Polarity.HIGHER_IS_BETTER, "5", strategicIt, resources, "daniel.okafor", "95", null);
        measure("ICT03", "% county broadband coverage", MeasureUnit.PERCENT, 1, Polarity.HIGHER_IS_BETTER, "1",
                strategicIt, access, "daniel.okafor", "97", "93.2");
        measure("PEO01", "% of carers in receipt of Self Directed Support on the final day of the reporting period",
                MeasureUnit.PERCENT, 1, Polarity.HIGHER_IS_BETTER, "5", health, independent, "ruth.khan", "80", "74.0");
        measure("PEO02", "No. of people assisted to live independently in their own home through provision of "
                + "Social Care standard equipment", MeasureUnit.NUMBER, 0, Polarity.HIGHER_IS_BETTER, "250", health,
                independent, "ruth.khan", "4500", "4210");
        measure("PEO03", "% of women who smoke at the time of delivery", MeasureUnit.PERCENT, 1,
                Polarity.LOWER_IS_BETTER, "1", health, healthier, "ruth.khan", "10", "11.6");
        measure("PEO04", "% of children receiving a 6-8 week health check", MeasureUnit.PERCENT, 1,
                Polarity.HIGHER_IS_BETTER, "5", health, healthier, "ruth.khan", "90", "86.3");
        intentions(strategicFinance);
    }

    private void intentions(long strategicFinance) {
        long mtfp = intentions.saveIntention(null, new IntentionForm("INT-FIN-01",
                "Deliver a sustainable MTFP and capital strategy", IntentionKind.MILESTONE, strategicFinance, null,
                id("james.lewis"), false, Set.of()));
        intentions.addMilestone(mtfp, "Medium Term Financial Plan agreed by Council", LocalDate.of(2020, 2, 6));
        intentions.addMilestone(mtfp, "Capital strategy refreshed", LocalDate.of(2020, 3, 31));
    }

    private void measure(String code, String title, MeasureUnit unit, int decimals, Polarity polarity, String tolerance,
            long area, long objective, String owner, String target, @Nullable String baseline) {
        long id = add(code, title, null, unit, decimals, polarity, new BigDecimal(tolerance), null, null, area,
                objective, owner, baseline == null ? null : new BigDecimal(baseline));
        targetsEveryYear(id, new BigDecimal(target));
    }

    private long objective(String code, String title) {
        return structure.addOutcome(new OutcomeForm(code, title, OutcomeLevel.COMMISSIONING_OBJECTIVE, null));
    }

    private void measureInBand(String code, String title, long area, long objective, String owner) {
        add(code, title, "Net variation of spend to the revenue budget; on target within 0% to -2%.",
                MeasureUnit.PERCENT, 1, Polarity.WITHIN_BAND, new BigDecimal("1"), new BigDecimal("-2"), BigDecimal.ZERO,
                area, objective, owner, new BigDecimal("-0.8"));
    }

    /** An active quarterly KBM with the essentials; a baseline relates to 2018/19. */
    private long add(String code, String title, @Nullable String definition, MeasureUnit unit, int decimals,
            Polarity polarity, BigDecimal tolerance, @Nullable BigDecimal bandLower, @Nullable BigDecimal bandUpper,
            long area, long objective, String owner, @Nullable BigDecimal baseline) {
        return measures.addMeasure(new MeasureForm(code, MeasureKind.KBM, title, definition, unit, decimals, polarity,
                bandLower, bandUpper, tolerance, Frequency.QUARTERLY, null, baseline,
                baseline == null ? null : "2018/19", area, objective, id(owner), false, false, null,
                MeasureStatus.ACTIVE, null, null, null, null, null, null, null, false, null, null, null)).id();
    }

    private void targetsEveryYear(long measureId, BigDecimal target) {
        int thisYear = LocalDate.now(clock).getYear();
        for (int year = 2019; year <= thisYear + 1; year++) {
            targets.setTarget(measureId, year, null, target);
        }
    }

    private long id(String username) {
        return people.findByUsername(username).orElseThrow().id();
    }

}
