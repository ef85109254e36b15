package com.sparkfabrik.handbook.check;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Map;

/** Any HTML, any URLs in it: the link checker reports problems and never throws. */
class LinkCheckerFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void anyPageIsCheckedWithoutThrowing(FuzzedDataProvider data) {
        String page = data.consumeString(2000);
        String other = data.consumeRemainingAsString();
        LinkChecker.check(
                Map.of("index.html", page, "a/b.html", other),
                List.of("img/x.png"),
                LinkCheckOptions.defaults());
    }
}
