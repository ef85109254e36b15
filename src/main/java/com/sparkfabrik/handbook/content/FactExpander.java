package com.sparkfabrik.handbook.content;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.policy.Policy;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.extension.core.CoreExtension;
import io.pebbletemplates.pebble.extension.core.DisallowExtensionCustomizerBuilder;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the fact references of a page with one strict Pebble engine per build. Content is
 * untrusted: the engine knows only our functions, no variables, no includes, imports, macros, loops
 * or filters, calls no Java method, and limits the size of tags and of the rendered text. Errors
 * are reported at the Markdown line the author wrote.
 */
public final class FactExpander {

    static final String SCOPE = "page_scope";
    private static final int MAX_RENDERED_CHARS = 4 * 1024 * 1024;
    private static final List<String> DISALLOWED_TAGS =
            List.of(
                    "include",
                    "extends",
                    "import",
                    "from",
                    "macro",
                    "parallel",
                    "cache",
                    "embed",
                    "block",
                    "flush",
                    "for",
                    "set",
                    "filter",
                    "autoescape");
    private static final List<String> DISALLOWED_FUNCTIONS =
            List.of("range", "block", "parent", "i18n");

    private final PebbleEngine engine;
    private final Policy policy;
    private final FactHtml html;

    public FactExpander(Policy policy) {
        this.policy = policy;
        this.html = new FactHtml(policy);
        this.engine =
                new PebbleEngine.Builder()
                        .loader(new NoTemplatesLoader())
                        .strictVariables(true)
                        // only our functions' tokens are printed (see PageSyntax); Markdown escapes
                        // the rest
                        .autoEscaping(false)
                        .newLineTrimming(false)
                        .cacheActive(false)
                        .maxRenderedSize(MAX_RENDERED_CHARS)
                        .extension(new FactFunctions())
                        // templates see only strings: no attribute or method of any Java object is
                        // reachable
                        .methodAccessValidator((object, method) -> false)
                        .registerExtensionCustomizer(
                                new DisallowExtensionCustomizerBuilder()
                                        .disallowedTokenParserTags(DISALLOWED_TAGS)
                                        .disallowedFunctionKeys(DISALLOWED_FUNCTIONS)
                                        // a filter could rewrite the tokens fact references become
                                        // (and some throw)
                                        .disallowedFilterKeys(
                                                new CoreExtension().getFilters().keySet())
                                        .build())
                        .build();
    }

    public Expansion expand(PageSource page, Diagnostics diagnostics) {
        String body = page.body();
        if (body.indexOf(Expansion.OPEN) >= 0 || body.indexOf(Expansion.CLOSE) >= 0) {
            // the reader refuses these characters with a located error; a page made any other way
            // has them neutralised, so it can never forge a token
            body = body.replace(Expansion.OPEN, '\uFFFD').replace(Expansion.CLOSE, '\uFFFD');
        }
        if (body.indexOf('{') < 0
                || !(body.contains("{{") || body.contains("{%") || body.contains("{#"))) {
            return new Expansion(body, List.of(), List.of(), true);
        }
        Optional<TemplateLimits.Violation> overLimit = TemplateLimits.check(body);
        if (overLimit.isPresent()) {
            LineIndex lines = new LineIndex(body);
            int offset = overLimit.get().offset();
            int line = lines.lineOf(offset);
            diagnostics.error(
                    "template",
                    new SourcePosition(page.file(), line + 1, offset - lines.startOf(line) + 1),
                    "template error: " + overLimit.get().message());
            return new Expansion(body, List.of(), List.of(), false);
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
        } catch (RuntimeException | StackOverflowError e) {
            // Pebble lets some evaluation failures escape unwrapped (a failing operator, say);
            // they come from the page, so they are the page's errors, not the build's
            diagnostics.error(
                    "template",
                    SourcePosition.of(page.file()),
                    "template error: an expression on this page"
                            + " cannot be evaluated: keep to value('id'), statement('id'), fact('id') and contact('id')");
            return new Expansion(body, List.of(), List.of(), false);
        }
        String text = out.toString();
        if (!Tokens.wellFormed(text, scope.fragments().size())) {
            diagnostics.error(
                    "template",
                    SourcePosition.of(page.file()),
                    "template error: a fact reference was altered by the expression around it: write it on its own");
            return new Expansion(body, List.of(), List.of(), false);
        }
        return new Expansion(text, scope.fragments(), scope.uses(), true);
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
            return "unknown variable '"
                    + r.getAttributeName()
                    + "': use value('id'), statement('id'), fact('id') or contact('id')";
        }
        String message = e.getPebbleMessage() == null ? "template error" : e.getPebbleMessage();
        int cut = message.indexOf(" (?:?:");
        message = cut > 0 ? message.substring(0, cut) : message;
        return "template error: " + message.strip();
    }

    /**
     * The functions pages may call, each recording the use and returning a token, and the syntax
     * check.
     */
    private static final class FactFunctions extends AbstractExtension {
        @Override
        public List<NodeVisitorFactory> getNodeVisitors() {
            return List.of(
                    template ->
                            new PageSyntax((PebbleTemplateImpl) template, getFunctions().keySet()));
        }

        @Override
        public Map<String, Function> getFunctions() {
            return Map.of(
                    "value",
                            new FactFunction(
                                    "value", List.of("id"), (s, a, line) -> s.value(a, line)),
                    "statement",
                            new FactFunction(
                                    "statement",
                                    List.of("id"),
                                    (s, a, line) -> s.statement(a, line)),
                    "fact",
                            new FactFunction(
                                    "fact", List.of("id"), (s, a, line) -> s.fact(a, line)),
                    "contact",
                            new FactFunction(
                                    "contact", List.of("id"), (s, a, line) -> s.contact(a, line)),
                    "tldr", new FactFunction("tldr", List.of(), (s, a, line) -> s.tldr(line)),
                    "facts_table",
                            new FactFunction(
                                    "facts_table",
                                    List.of("area"),
                                    (s, a, line) -> s.factsTable(a, line)),
                    "contacts_table",
                            new FactFunction(
                                    "contacts_table",
                                    List.of(),
                                    (s, a, line) -> s.contactsTable(line)));
        }
    }
}
