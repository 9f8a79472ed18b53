package uk.co.goldenthread.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.MeasureUnit;
import uk.co.goldenthread.framework.io.FrameworkImportService;
import uk.co.goldenthread.framework.io.ProgressListener;
import uk.co.goldenthread.framework.measures.MeasureTargetService;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.Role;
import uk.co.goldenthread.people.SystemUser;
import uk.co.goldenthread.performance.Polarity;

/**
 * The demo on the shipped Warwickshire framework (the 63 KBMs of its Commissioning Intentions Performance Framework,
 * with its fictional officers): on the first start, its people get the demo password, two fictional members join
 * them, the framework loads as the Performance Team would load it, and every rated measure gets a fictional target
 * for each year. {@link DemoQuarters} then walks the quarters.
 */
@Component
@Profile("demo & !demoshire")
@Order(1)
class DemoWarwickshire implements ApplicationRunner {

    static final String FRAMEWORK = "warwickshire-2019";
    /** The first year with targets: the framework's first Member reporting was Q3 2019/20. */
    static final int FIRST_YEAR = 2019;
    private static final Logger log = LoggerFactory.getLogger(DemoWarwickshire.class);

    private final PeopleService people;
    private final FrameworkImportService imports;
    private final FrameworkService framework;
    private final MeasureTargetService targets;
    private final Clock clock;

    DemoWarwickshire(PeopleService people, FrameworkImportService imports, FrameworkService framework,
            MeasureTargetService targets, Clock clock) {
        this.people = people;
        this.imports = imports;
        this.framework = framework;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (people.count() > 0 || framework.measureCount() > 0) {
            return;
        }
        SystemUser.runAsPerformanceTeam("demo-loader", this::load);
        log.info("Demo on the {} framework: {} people, {} measures", FRAMEWORK, people.count(),
                framework.measureCount());
    }

    private void load() {
        for (CSVRecord person : peopleOfTheFramework()) {
            people.addPerson(person.get("username"), person.get("full name"), person.get("job title"),
                    person.get("email"), roles(person.get("roles")), DemoAccountList.PASSWORD);
        }
        for (DemoAccountList.Person member : DemoAccountList.MEMBERS) {
            people.addPerson(member.username(), member.fullName(), member.jobTitle(),
                    member.username() + "@warwickshire.example", member.roles(), DemoAccountList.PASSWORD);
        }
        imports.loadShipped(FRAMEWORK, ProgressListener.NONE);
        int lastYear = LocalDate.now(clock).getYear() + 1;
        for (MeasureSummary measure : framework.activeMeasures()) {
            BigDecimal target = targetFor(measure);
            if (target != null) {
                for (int year = FIRST_YEAR; year <= lastYear; year++) {
                    targets.setTarget(measure.id(), year, null, target);
                }
            }
        }
    }

    /** A fictional target the same on every start: none for a band (the band is the target) or without a polarity. */
    static @Nullable BigDecimal targetFor(MeasureSummary measure) {
        if (measure.polarity() == null || measure.polarity() == Polarity.WITHIN_BAND) {
            return null;
        }
        int spread = Math.floorMod(measure.code().hashCode(), 20);
        boolean higher = measure.polarity() == Polarity.HIGHER_IS_BETTER;
        if (measure.unit() == MeasureUnit.PERCENT || measure.unit() == MeasureUnit.MILESTONE) {
            return BigDecimal.valueOf(higher ? 75 + spread : 5 + spread);
        }
        return BigDecimal.valueOf(higher ? 200 + spread * 40L : 20 + spread * 4L);
    }

    private static Iterable<CSVRecord> peopleOfTheFramework() {
        var csv = new ClassPathResource("frameworks/" + FRAMEWORK + "/people.csv");
        try (Reader reader = new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped " + FRAMEWORK + " people could not be read", e);
        }
    }

    private static Set<Role> roles(String labels) {
        Set<String> wanted = Arrays.stream(labels.split(";")).map(String::strip).collect(Collectors.toSet());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (wanted.contains(role.label())) {
                roles.add(role);
            }
        }
        return roles;
    }
}
