package com.sparkfabrik.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The invariant checker itself: it must catch what it promises to catch, and pass what the layout
 * produces.
 */
class OutputInvariantTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<script src=\"https://evil.example/x.js\"></script>",
                "<script src=\"assets/search.js\">alert(1)</script>",
                "<script src=\"/assets/search.js\"></script>",
                "<img src=x onerror=alert(1)>",
                "<p ONMOUSEOVER=\"alert(1)\">x</p>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JAVASCRIPT:alert(1)\">x</a>",
                "<a href=\"java&#9;script:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\" \u0001javascript:alert(1)\">x</a>",
                "<a href=\"data:text/html,hi\">x</a>",
                "<a href=\"vbscript:x\">x</a>",
                "<a href=\"/etc/passwd\">x</a>",
                "<a href=\"//evil.example/\">x</a>",
                "<img src=\"file:///etc/passwd\">",
                "<form action=\"https://evil.example\"><button formaction=\"javascript:x\">x</button></form>",
                "<iframe src=\"page.html\"></iframe>",
                "<object data=\"x.swf\"></object>",
                "<base href=\"https://evil.example/\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
                "<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
            })
    void unsafeMarkupIsAViolation(String body) {
        List<String> violations = new ArrayList<>();
        OutputInvariant.checkPage(
                "page.html", "<!DOCTYPE html><html><body>" + body + "</body></html>", violations);
        assertFalse(violations.isEmpty(), "not caught: " + body);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<a href=\"other.html#x\">x</a>",
                "<a href=\"#x\">x</a>",
                "<a href=\"https://example.com/a?b=c\">x</a>",
                "<a href=\"HTTP://example.com\">x</a>",
                "<a href=\"mailto:someone@example.com\">x</a>",
                "<a href=\"sub/page.html\">x</a>",
                "<a href=\"a%3Ab.html\">x</a>",
                "<img src=\"images/a.png\" alt=\"\">",
                "<link rel=\"stylesheet\" href=\"assets/style.css\">",
                "<script src=\"assets/search-index.js\"></script><script src=\"assets/search.js\"></script>",
                "<p data-fact=\"limits.weekly\">javascript:alert(1) as text is harmless</p>",
            })
    void whatTheLayoutProducesPasses(String body) {
        List<String> violations = new ArrayList<>();
        OutputInvariant.checkPage(
                "page.html", "<!DOCTYPE html><html><body>" + body + "</body></html>", violations);
        assertEquals(List.of(), violations);
    }

    @org.junit.jupiter.api.Test
    void scriptsAreTheSiteOwnRelativeToThePageDepth() {
        List<String> violations = new ArrayList<>();
        OutputInvariant.checkPage(
                "a/b/page.html", "<script src=\"../../assets/search.js\"></script>", violations);
        assertEquals(List.of(), violations);
        OutputInvariant.checkPage(
                "a/b/page.html", "<script src=\"assets/search.js\"></script>", violations);
        assertEquals(1, violations.size());
    }

    @org.junit.jupiter.api.Test
    void theSearchIndexMustBeOneJsonValue() {
        List<String> violations = new ArrayList<>();
        OutputInvariant.checkSearchIndex("window.HANDBOOK_SEARCH = [{\"t\":\"a\"}];\n", violations);
        assertEquals(List.of(), violations);
        OutputInvariant.checkSearchIndex(
                "window.HANDBOOK_SEARCH = [{\"t\":\"a\"}];alert(1);\n", violations);
        OutputInvariant.checkSearchIndex(
                "window.HANDBOOK_SEARCH = [\"</script><script>alert(1)//\"];\n", violations);
        assertEquals(2, violations.size(), violations::toString);
        assertTrue(OutputInvariant.isSafeUrl("page.html"));
    }
}
