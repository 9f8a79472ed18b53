package uk.co.goldenthread;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.base.DescribedPredicate;
import org.springframework.data.repository.Repository;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The house rules of the architecture, checked on every build. */
@AnalyzeClasses(packages = "uk.co.goldenthread", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDoesNotKnowServicesOrScreens = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAPackage("..ui..")
            .orShould().dependOnClassesThat().areAnnotatedWith(Service.class);

    @ArchTest
    static final ArchRule servicesDoNotKnowScreens = noClasses().that().areAnnotatedWith(Service.class)
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule repositoriesAreUsedOnlyFromTransactionalClassesAndTheDomain = classes()
            .that().areAssignableTo(Repository.class)
            .should().onlyBeAccessed().byClassesThat().areAnnotatedWith(Transactional.class)
            .orShould().onlyBeAccessed().byClassesThat().resideInAPackage("..domain..");

    @ArchTest
    static final ArchRule performanceCalculationsArePure = noClasses().that().resideInAPackage("..performance..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "org.flowable..", "com.vaadin..");

    /**
     * The modules graph of the two pure modules, which their package-info cannot state (a Modulith annotation would be a
     * Spring dependency): performance needs no other module, charts only performance.
     */
    @ArchTest
    static final ArchRule performanceNeedsNoOtherModule = classes().that().resideInAPackage("uk.co.goldenthread.performance..")
            .should().onlyDependOnClassesThat(JavaClass.Predicates.resideOutsideOfPackage("uk.co.goldenthread..")
                    .or(JavaClass.Predicates.resideInAPackage("uk.co.goldenthread.performance..")));

    @ArchTest
    static final ArchRule chartsNeedOnlyPerformance = classes().that().resideInAPackage("uk.co.goldenthread.charts..")
            .should().onlyDependOnClassesThat(JavaClass.Predicates.resideOutsideOfPackage("uk.co.goldenthread..")
                    .or(JavaClass.Predicates.resideInAnyPackage("uk.co.goldenthread.charts..",
                            "uk.co.goldenthread.performance..")));

    @ArchTest
    static final ArchRule calendarRulesArePure = noClasses().that().resideInAPackage("..base.calendar..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "org.flowable..", "com.vaadin..");

    @ArchTest
    static final ArchRule screensDoNotUseTheWorkflowEngineDirectly = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("org.flowable..");

    @ArchTest
    static final ArchRule csvIsWrittenOnlyThroughTheFormulaSafePrinter = noClasses().that()
            .resideOutsideOfPackage("..base.export..").should().dependOnClassesThat()
            .haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter");

    /** Modules meet through services, events and ports: no SQL that Modulith cannot see (the demo data aside). */
    @ArchTest
    static final ArchRule noSqlBackDoorsBetweenModules = noClasses().that().resideOutsideOfPackage("..demo..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc.core..")
            .orShould().callMethodWhere(DescribedPredicate.describe("a native SQL query",
                    (JavaMethodCall call) -> call.getName().equals("createNativeQuery")));

    /** The layer rule for every Spring bean outside the screens, not only services (wiring configuration aside). */
    @ArchTest
    static final ArchRule beansOutsideTheScreensDoNotKnowScreens = noClasses().that()
            .areMetaAnnotatedWith(Component.class).and().areNotMetaAnnotatedWith(Configuration.class)
            .and().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("uk.co.goldenthread..ui..");

    /** Repositories live in a feature's domain package. */
    @ArchTest
    static final ArchRule repositoriesLiveInTheDomain = classes().that().areAssignableTo(Repository.class)
            .should().resideInAPackage("..domain..");

    /** Repositories are called only from transactional code (class or method) or from the domain itself. */
    @ArchTest
    static final ArchRule repositoriesAreCalledOnlyFromTransactionalCode = classes().that()
            .areAssignableTo(Repository.class).should(new ArchCondition<JavaClass>("be called only from @Transactional "
                    + "code or the domain") {
                @Override
                public void check(JavaClass repository, ConditionEvents events) {
                    for (JavaAccess<?> access : repository.getAccessesToSelf()) {
                        JavaCodeUnit origin = access.getOrigin();
                        JavaClass caller = origin.getOwner();
                        boolean allowed = caller.isMetaAnnotatedWith(Transactional.class)
                                || origin.isMetaAnnotatedWith(Transactional.class)
                                || caller.getPackageName().contains(".domain")
                                || caller.isAssignableTo(Repository.class);
                        if (!allowed) {
                            events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                        }
                    }
                }
            });
}
