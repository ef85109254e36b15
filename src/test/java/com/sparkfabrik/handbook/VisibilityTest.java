package com.sparkfabrik.handbook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * Package-private by default: a type is public only when the code of another package (a stage that
 * calls it; tests do not count) uses it, so each package exposes the few types its callers need.
 * The command-line entry point is public for the JVM.
 */
class VisibilityTest {

    /** What the rule judges: the tool's own types. */
    private static final JavaClasses MAIN =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("com.sparkfabrik.handbook");

    @Test
    void aTypeIsPublicOnlyWhenAnotherPackageUsesIt() {
        classes()
                .that()
                .arePublic()
                .and()
                .areTopLevelClasses()
                .and()
                .doNotHaveFullyQualifiedName("com.sparkfabrik.handbook.cli.Main")
                // the entry point `mvn site` starts (exec:java needs a public class)
                .and()
                .doNotHaveFullyQualifiedName("com.sparkfabrik.handbook.cli.MavenSite")
                .should(beUsedFromAnotherPackage())
                .check(MAIN);
    }

    private static ArchCondition<JavaClass> beUsedFromAnotherPackage() {
        return new ArchCondition<>("be used from another package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean used =
                        MAIN.stream()
                                .filter(
                                        c ->
                                                c.getName().equals(type.getName())
                                                        || c.getName()
                                                                .startsWith(type.getName() + "$"))
                                .flatMap(c -> c.getDirectDependenciesToSelf().stream())
                                .anyMatch(
                                        d ->
                                                !d.getOriginClass()
                                                        .getPackageName()
                                                        .equals(type.getPackageName()));
                if (!used) {
                    events.add(
                            SimpleConditionEvent.violated(
                                    type,
                                    type.getName()
                                            + " is public, but nothing outside "
                                            + type.getPackageName()
                                            + " uses it: make it package-private"));
                }
            }
        };
    }
}
