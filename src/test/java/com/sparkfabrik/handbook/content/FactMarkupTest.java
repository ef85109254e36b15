package com.sparkfabrik.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import com.sparkfabrik.handbook.policy.PolicyValidator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The inline pieces of a fact, exactly as pages show them, with what needs escaping escaped; each
 * made once for a policy and then reused.
 */
class FactMarkupTest {

    private static final String POLICY =
            """
            policy:
              id: markup
              title: Markup
              owner: owners
              status: active
              since: 2026-01-01
              review_by: 2099-12-31
            contacts:
              owners:
                name: "Owners <& 'co'>"
                channel: "#owners"
            facts:
              t.path:
                level: must
                type: path
                value: "~/.config/a-rather-long-folder/settings.json"
                statement: Keep {value} as it is; ask {contact:owners}.
                page: guides/setup
                anchor: files
                contacts: [owners]
              t.url:
                level: info
                type: url
                value: "https://example.com/?a=1&b='2'"
                statement: "Read \\"{value}\\" <first>."
                page: index
                anchor: links
              t.map:
                level: should
                type: map
                value:
                  "<key>": "v & 'w'"
                  plain: x
                statement: Limits are {value}; see {fact:t.url}.
                page: index
                anchor: links
            """;

    private final Policy policy =
            new PolicyLoader(new PolicyValidator(Clock.systemUTC()))
                    .parse(POLICY.getBytes(StandardCharsets.UTF_8), new Diagnostics())
                    .orElseThrow();
    private final FactMarkup html = new FactMarkup(policy);

    private Fact fact(String id) {
        return policy.fact(id).orElseThrow();
    }

    @Test
    void aLongPathBreaksOnlyAfterASlashAndTheStatementHoldsItsValueAndContact() {
        assertEquals(
                "<span class=\"fact-value\" data-fact=\"t.path\"><code class=\"path\"><span>~/</span><wbr><span>.config/</span><wbr><span>a-rather-long-folder/</span><wbr><span>settings.json</span></code></span>",
                html.value(fact("t.path")));
        assertEquals(
                "<span class=\"fact level-must\" data-fact=\"t.path\"><strong class=\"level level-must\">must</strong> <span class=\"fact-statement\" data-fact=\"t.path\">Keep <span class=\"fact-value\" data-fact=\"t.path\"><code class=\"path\"><span>~/</span><wbr><span>.config/</span><wbr><span>a-rather-long-folder/</span><wbr><span>settings.json</span></code></span> as it is; ask <span class=\"contact\" data-contact=\"owners\">Owners &lt;&amp; &#39;co&#39;&gt; (#owners)</span>.</span> <a class=\"details\" href=\"guides/setup.html#files\">Details</a></span>",
                html.fact(fact("t.path"), "index"));
    }

    @Test
    void urlsMapsAndStatementsAreEscaped() {
        assertEquals(
                "<span class=\"fact-value\" data-fact=\"t.url\"><a href=\"https://example.com/?a=1&amp;b=&#39;2&#39;\">https://example.com/?a=1&amp;b=&#39;2&#39;</a></span>",
                html.value(fact("t.url")));
        assertEquals(
                "<span class=\"fact-statement\" data-fact=\"t.url\">Read &quot;<span class=\"fact-value\" data-fact=\"t.url\"><a href=\"https://example.com/?a=1&amp;b=&#39;2&#39;\">https://example.com/?a=1&amp;b=&#39;2&#39;</a></span>&quot; &lt;first&gt;.</span>",
                html.statement(fact("t.url")));
        assertEquals(
                "<span class=\"fact-value\" data-fact=\"t.map\">&lt;key&gt;: v &amp; &#39;w&#39;; plain: x</span>",
                html.value(fact("t.map")));
        assertEquals(
                "<span class=\"fact level-should\" data-fact=\"t.map\"><strong class=\"level level-should\">should</strong> <span class=\"fact-statement\" data-fact=\"t.map\">Limits are <span class=\"fact-value\" data-fact=\"t.map\">&lt;key&gt;: v &amp; &#39;w&#39;; plain: x</span>; see <span class=\"fact-value\" data-fact=\"t.url\"><a href=\"https://example.com/?a=1&amp;b=&#39;2&#39;\">https://example.com/?a=1&amp;b=&#39;2&#39;</a></span>.</span> <a class=\"details\" href=\"../index.html#links\">Details</a></span>",
                html.fact(fact("t.map"), "guides/setup"));
    }

    @Test
    void eachPieceIsMadeOnceAndReusedOnPagesAtTheSameDepth() {
        assertSame(html.value(fact("t.map")), html.value(fact("t.map")));
        assertSame(html.fact(fact("t.url"), "a"), html.fact(fact("t.url"), "b"));
        assertSame(
                html.contact(policy.contact("owners").orElseThrow()),
                html.contact(policy.contact("owners").orElseThrow()));
    }
}
