package uk.co.goldenthread;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;
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
}
