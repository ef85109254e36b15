package com.sparkfabrik.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fixture sites under {@code src/test/resources/links/<case>/html}, each with its exact expected
 * report.
 */
class LinkCheckerFixtureTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"valid", "broken", "base"})
    void fixtureSiteGivesExactlyTheExpectedDiagnostics(String name) throws IOException {
        Path fixture = TestSites.resource("/links/" + name);
        Path site = fixture.resolve("html");

        LinkCheckResult result = LinkChecker.checkFolder(site, site, LinkCheckOptions.defaults());

        assertEquals(
                Files.readString(fixture.resolve("expected.txt")),
                TestSites.text(result.problems()));
    }
}
