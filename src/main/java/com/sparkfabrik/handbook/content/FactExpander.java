package com.sparkfabrik.handbook.content;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.policy.Policy;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.core.DisallowExtensionCustomizerBuilder;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the fact references of a page with one strict Pebble engine per build. Content is
 * untrusted: the engine knows only our functions, no variables, no includes, imports, macros or
 * loops, and limits the rendered size. Errors are reported at the Markdown line the author wrote.
 */
public final class FactExpander {

    static final String SCOPE = "page_scope";
    private static final int MAX_RENDERED_CHARS = 4 * 1024 * 1024;
    private static final List<String> DISALLOWED_TAGS = List.of("include", "extends", "import", "from", "macro",
            "parallel", "cache", "embed", "block", "flush", "for", "set", "filter", "autoescape");
    private static final List<String> DISALLOWED_FUNCTIONS = List.of("range", "block", "parent", "i18n");

    private final PebbleEngine engine;
    private final Policy policy;
    private final FactHtml html;

    public FactExpander(Policy policy) {
        this.policy = policy;
        this.html = new FactHtml(policy);
        this.engine = new PebbleEngine.Builder()
                .loader(new NoTemplatesLoader())
                .strictVariables(true)
                .newLineTrimming(false)
                .cacheActive(false)
                .maxRenderedSize(MAX_RENDERED_CHARS)
                .extension(new FactFunctions())
                .registerExtensionCustomizer(new DisallowExtensionCustomizerBuilder()
                        .disallowedTokenParserTags(DISALLOWED_TAGS)
                        .disallowedFunctionKeys(DISALLOWED_FUNCTIONS)
                        .build())
                .build();
    }

    public Expansion expand(PageSource page, Diagnostics diagnostics) {
        String body = page.body();
        if (body.indexOf('{') < 0 || !(body.contains("{{") || body.contains("{%") || body.contains("{#"))) {
            return new Expansion(body, List.of(), List.of(), true);
        }
        PageScope scope = new PageScope(page, policy, html, diagnostics);
        StringWriter out = new StringWriter(body.length() + 256);
        try {
            PebbleTemplate template = engine.getLiteralTemplate(body);
            template.evaluate(out, Map.of(SCOPE, scope));
        } catch (PebbleException e) {
            diagnostics.error("template", scope.position(lineOf(e), needleOf(e)), messageOf(e));
            return new Expansion(body, List.of(), List.of(), false);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return new Expansion(out.toString(), scope.fragments(), scope.uses(), true);
    }

    private static int lineOf(PebbleException e) {
        return e.getLineNumber() == null ? 0 : e.getLineNumber();
    }

    private static String needleOf(PebbleException e) {
        if (e instanceof RootAttributeNotFoundException r) {
            return r.getAttributeName();
        }
        return null;
    }

    private static String messageOf(PebbleException e) {
        if (e instanceof RootAttributeNotFoundException r) {
            return "unknown variable '" + r.getAttributeName() + "': use value('id'), statement('id'), fact('id') or contact('id')";
        }
        String message = e.getPebbleMessage() == null ? "template error" : e.getPebbleMessage();
        int cut = message.indexOf(" (?:?:");
        message = cut > 0 ? message.substring(0, cut) : message;
        return "template error: " + message.strip();
    }

    /** The functions pages may call; each records the use and returns a token. */
    private static final class FactFunctions extends AbstractExtension {
        @Override
        public Map<String, Function> getFunctions() {
            return Map.of(
                    "value", new FactFunction("value", List.of("id"), (s, a, line) -> s.value(a, line)),
                    "statement", new FactFunction("statement", List.of("id"), (s, a, line) -> s.statement(a, line)),
                    "fact", new FactFunction("fact", List.of("id"), (s, a, line) -> s.fact(a, line)),
                    "contact", new FactFunction("contact", List.of("id"), (s, a, line) -> s.contact(a, line)),
                    "tldr", new FactFunction("tldr", List.of(), (s, a, line) -> s.tldr(line)),
                    "facts_table", new FactFunction("facts_table", List.of("area"), (s, a, line) -> s.factsTable(a, line)),
                    "contacts_table", new FactFunction("contacts_table", List.of(), (s, a, line) -> s.contactsTable(line)));
        }
    }

}
