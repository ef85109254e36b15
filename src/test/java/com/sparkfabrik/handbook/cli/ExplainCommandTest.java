package com.sparkfabrik.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sparkfabrik.handbook.Fixtures;
import org.junit.jupiter.api.Test;

/** {@code explain}: what an author reads before changing a fact. */
class ExplainCommandTest {

    static final String FULL = Fixtures.ROOT.resolve("full").toString();

    @Test
    void explainShowsTheFactItsProvenanceAndEveryUse() {
        Fixtures.Run run = Fixtures.run("explain", "quota.window", "--source", FULL);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                """
                quota.window
                  value:      5 hours (duration)
                  statement:  A session window lasts 5 hours from your first message.
                  level:      info
                  contacts:   -
                  since:      2026-01-01, review by 2099-06-30
                  defined at: policy.yaml:23:3
                  detailed:   content/quota.md#session-window
                  reference:  Vendor cost guide <https://docs.example.com/costs> verified 2026-01-02
                  used by:
                    content/index.md:9
                    content/quota.md:12
                """,
                run.out());
    }

    @Test
    void anUnknownFactGetsADidYouMeanAndExitOne() {
        Fixtures.Run run = Fixtures.run("explain", "quota.windw", "--source", FULL);
        assertEquals(1, run.exitCode());
        assertEquals("unknown fact 'quota.windw' (did you mean 'quota.window'?)\n", run.err());
    }
}
