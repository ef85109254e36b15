package com.sparkfabrik.handbook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dependencies point one way, from the command line down to diagnostics: diag ← policy ← content ←
 * render, feed ← history ← check ← pipeline ← cli. The dev server depends on no stage (the CLI
 * hands it what to serve). A package that imports one above it, or beside it, fails here.
 */
class LayeringTest {

    private static final String ROOT = "com.sparkfabrik.handbook.";

    /** Each package and the packages it may use. */
    private static final Map<String, List<String>> MAY_USE =
            Map.of(
                    "diag", List.of(),
                    "policy", List.of("diag"),
                    "content", List.of("diag", "policy"),
                    "render", List.of("diag", "policy", "content"),
                    "feed", List.of("diag", "policy"),
                    "history", List.of("diag", "policy", "feed"),
                    "check", List.of("diag", "policy", "content", "render", "feed", "history"),
                    "pipeline",
                            List.of(
                                    "diag", "policy", "content", "render", "feed", "history",
                                    "check"),
                    "serve", List.of(),
                    "cli",
                            List.of(
                                    "diag",
                                    "policy",
                                    "content",
                                    "render",
                                    "feed",
                                    "history",
                                    "check",
                                    "pipeline",
                                    "serve"));

    private static final JavaClasses MAIN =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("com.sparkfabrik.handbook");

    static Stream<String> packages() {
        return MAY_USE.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("packages")
    void aPackageUsesOnlyTheLayersBelowIt(String pkg) {
        String[] forbidden =
                MAY_USE.keySet().stream()
                        .filter(other -> !other.equals(pkg) && !MAY_USE.get(pkg).contains(other))
                        .sorted()
                        .map(other -> ROOT + other + "..")
                        .toArray(String[]::new);
        noClasses()
                .that()
                .resideInAPackage(ROOT + pkg + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden)
                .check(MAIN);
    }

    @Test
    void everyPackageHasItsPlace() {
        List<String> unplaced =
                MAIN.stream()
                        .map(c -> c.getPackageName())
                        .filter(p -> p.startsWith(ROOT))
                        .map(p -> p.substring(ROOT.length()).split("\\.")[0])
                        .filter(p -> !MAY_USE.containsKey(p))
                        .distinct()
                        .toList();
        assertEquals(List.of(), unplaced, "packages with no place in the layering");
    }
}
