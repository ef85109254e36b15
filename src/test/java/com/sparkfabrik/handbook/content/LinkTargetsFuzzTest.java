package com.sparkfabrik.handbook.content;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Whatever a link says, a path the resolver accepts stays inside the content folder. */
class LinkTargetsFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void acceptedPathsNeverLeaveTheContentFolder(FuzzedDataProvider data) {
        // page ids come from file names under content/: letters, digits, dots, dashes and folders
        String page = data.consumeString(40).replaceAll("[^a-z0-9./_-]", "");
        String url = data.consumeRemainingAsString();
        LinkTargets.Target target = LinkTargets.classify(url, page.isEmpty() ? "index" : page);
        if (target.kind() == LinkTargets.Kind.RELATIVE) {
            String path = target.path();
            assertFalse(
                    path.startsWith("/")
                            || path.equals("..")
                            || path.startsWith("../")
                            || path.contains("/../")
                            || path.endsWith("/..")
                            || path.indexOf('\\') >= 0
                            || path.indexOf('\0') >= 0,
                    url + " -> " + path);
        }
    }
}
