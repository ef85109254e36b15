package com.sparkfabrik.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
        OutputInvariant.checkPage("page.html", page(body), violations);
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
                "<script src=\"assets/site.js\"></script><script src=\"assets/search.js\"></script>",
                "<p data-fact=\"limits.weekly\">javascript:alert(1) as text is harmless</p>",
            })
    void whatTheLayoutProducesPasses(String body) {
        List<String> violations = new ArrayList<>();
        OutputInvariant.checkPage("page.html", page(body), violations);
        assertEquals(List.of(), violations);
    }

    @Test
    void scriptsAreTheSiteOwnRelativeToThePageDepth() {
        List<String> violations = new ArrayList<>();
        OutputInvariant.checkPage(
                "a/b/page.html",
                page("<script src=\"../../assets/search.js\"></script>"),
                violations);
        assertEquals(List.of(), violations);
        OutputInvariant.checkPage(
                "a/b/page.html", page("<script src=\"assets/search.js\"></script>"), violations);
        assertEquals(1, violations.size());
    }

    @Test
    void theSearchIndexMustBeOneJsonValue() {
        List<String> violations = new ArrayList<>();
        String file = "assets/search/t0.js";
        OutputInvariant.checkSearchIndex(
                file, "HANDBOOK_SEARCH.loaded(\"t0\",{\"a\":[0,1]});\n", violations);
        assertEquals(List.of(), violations);
        OutputInvariant.checkSearchIndex(
                file, "HANDBOOK_SEARCH.loaded(\"t0\",{\"a\":[0,1]});alert(1);\n", violations);
        OutputInvariant.checkSearchIndex(
                file,
                "HANDBOOK_SEARCH.loaded(\"t0\",[\"</script><script>alert(1)//\"]);\n",
                violations);
        OutputInvariant.checkSearchIndex(
                file, "HANDBOOK_SEARCH.loaded(\"t1\",{\"a\":[0,1]});\n", violations);
        assertEquals(3, violations.size(), violations::toString);
        assertTrue(OutputInvariant.isSafeUrl("page.html"));
    }

    /** A page as the layout makes it: the content security policy first in the head. */
    private static String page(String body) {
        return "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\""
                + OutputInvariant.CSP
                + "\"></head><body>"
                + body
                + "</body></html>";
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<!DOCTYPE html><html><head></head><body>no policy</body></html>",
                "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\""
                        + " content=\"default-src *\"></head><body>a weaker one</body></html>",
            })
    void aPageWithoutTheLayoutsPolicyIsAViolation(String html) {
        List<String> violations = new ArrayList<>();
        OutputInvariant.checkPage("page.html", html, violations);
        assertFalse(violations.isEmpty(), html);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "evil.js|alert(1)",
                "evil.mjs|alert(1)",
                "evil.xhtml|<html/>",
                "evil.htm|<script>alert(1)</script>",
                "assets/search.js|alert(1)",
                "assets/style.css|body{}",
                "other.css|body{}",
                "policy.json|{\"a\":1} alert(1)",
                "sitemap.xml|<urlset><url><loc>\u0001</loc></url></urlset>",
                "sitemap.xml|<urlset><loc>unclosed</urlset>",
                "sitemap.xml|<!DOCTYPE x [<!ENTITY a \"b\">]><urlset>&a;</urlset>",
                "evil.svg|<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
                "evil.svg|<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
                "evil.svg|<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://x/\"/></svg>",
                "evil.png|<script>alert(1)</script>",
                "evil.pdf|<html>",
                "notes.txt|<script>alert(1)</script>",
                "Makefile|all:",
            })
    void everyFileTypeIsCheckedForWhatItHolds(String file) {
        String[] parts = file.split("\\|", 2);
        List<String> violations = new ArrayList<>();
        OutputFileTypes.check(parts[0], parts[1].getBytes(StandardCharsets.UTF_8), violations);
        assertEquals(1, violations.size(), file);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "policy.json|{\"a\":1}",
                "sitemap.xml|<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset><url><loc>a&amp;b</loc></url></urlset>",
                "pool.svg|<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"url(#g)\"/></svg>",
                "doc.pdf|%PDF-1.4",
                "notes.txt|a < b",
            })
    void filesThatAreWhatTheirNameSaysPass(String file) {
        String[] parts = file.split("\\|", 2);
        List<String> violations = new ArrayList<>();
        OutputFileTypes.check(parts[0], parts[1].getBytes(StandardCharsets.UTF_8), violations);
        assertEquals(List.of(), violations);
    }
}
