package uk.co.goldenthread.packs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pack owns its lifecycle: it reads the quarters (read-only service methods) and tells them what its steps mean
 * through events, but never calls one of their commands (a service method that may write).
 */
@AnalyzeClasses(packages = "uk.co.goldenthread", importOptions = ImportOption.DoNotIncludeTests.class)
class PacksOnlyReadQuartersTest {

    @ArchTest
    static final ArchRule packsNeverCommandTheQuarters = noClasses().that().resideInAPackage("uk.co.goldenthread.packs..")
            .should().callMethodWhere(DescribedPredicate.describe("a quarters service method that may write",
                    PacksOnlyReadQuartersTest::isQuartersCommand));

    private static boolean isQuartersCommand(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        if (!owner.getPackageName().startsWith("uk.co.goldenthread.quarters") || !owner.isAnnotatedWith(Service.class)) {
            return false;
        }
        Optional<Transactional> onMethod = call.getTarget().resolveMember()
                .flatMap(m -> m.tryGetAnnotationOfType(Transactional.class));
        Optional<Transactional> onClass = owner.tryGetAnnotationOfType(Transactional.class);
        return !onMethod.or(() -> onClass).map(Transactional::readOnly).orElse(false);
    }
}
