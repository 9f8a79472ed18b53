package uk.co.goldenthread.charts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The charts are drawn from values alone: no Spring, no database, no screens, so the pack can use them too. */
@AnalyzeClasses(packages = "uk.co.goldenthread.charts", importOptions = ImportOption.DoNotIncludeTests.class)
class ChartsArePureTest {

    @ArchTest
    static final ArchRule chartsArePure = noClasses().that().resideInAPackage("..charts..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "org.flowable..", "com.vaadin..");
}
