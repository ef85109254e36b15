package com.sparkfabrik.handbook.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review dates are judged by an injected clock: expired is an error, due within 30 days a warning.
 */
class ReviewDatesTest {

    static List<String> diagnosticsOn(String today) throws IOException {
        byte[] policy = Files.readAllBytes(Path.of("src/test/resources/fixtures/full/policy.yaml"));
        Clock clock = Clock.fixed(Instant.parse(today + "T12:00:00Z"), ZoneOffset.UTC);
        Diagnostics diagnostics = new Diagnostics();
        new PolicyLoader(new PolicyValidator(clock)).parse(policy, diagnostics);
        return diagnostics.all().stream()
                .filter(d -> d.rule().startsWith("review"))
                .map(Diagnostic::format)
                .toList();
    }

    @ParameterizedTest(name = "on {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2097-11-01|",
                "2097-12-02|policy.yaml:78:16: warning: fact 'setup.cache' is due for review on 2098-01-01 [review-soon]",
                "2098-01-01|policy.yaml:78:16: warning: fact 'setup.cache' is due for review on 2098-01-01 [review-soon]",
                "2098-01-02|policy.yaml:78:16: error: fact 'setup.cache' was due for review on 2098-01-01: review it and move review_by forward [review-expired]",
                "2099-06-01|policy.yaml:9:14: warning: the policy is due for review on 2099-06-30 [review-soon]",
            })
    void reviewDatesAreJudgedByTheInjectedClock(String today, String expected) throws IOException {
        List<String> found = diagnosticsOn(today);
        List<String> wanted = expected == null ? List.of() : List.of(expected);
        if (today.equals("2099-06-01")) {
            assertEquals(wanted, found.stream().filter(s -> s.contains("the policy")).toList());
        } else {
            assertEquals(wanted, found);
        }
    }
}
