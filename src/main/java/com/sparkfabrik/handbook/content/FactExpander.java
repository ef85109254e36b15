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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the fact references of a page. A page whose tags are all plain fact references (almost
 * every page) is expanded directly ({@link FactScanner}); any other page goes to one strict Pebble
 * engine per build, made on first use. Content is untrusted: the engine knows only our functions,
 * no variables, no includes, imports, macros, loops or filters, calls no Java method, and limits
 * the size of tags and of the rendered text. Errors are reported at the Markdown line the author
 * wrote.
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

    private final Policy policy;
    private final FactMarkup html;
    private final boolean direct;
    private PebbleEngine engine;

    public FactExpander(Policy policy) {
        this(policy, true);
    }

    /** With {@code direct} false every page goes to the template engine (to compare the two). */
    FactExpander(Policy policy, boolean direct) {
        this.policy = policy;
        this.html = new FactMarkup(policy);
        this.direct = direct;
    }

    /** The template engine, made when the first page needs it (pages may expand in parallel). */
    private synchronized PebbleEngine engine() {
        if (engine == null) {
            engine = newEngine();
        }
        return engine;
    }

    private static PebbleEngine newEngine() {
        return new PebbleEngine.Builder()
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
                                .disallowedFilterKeys(new CoreExtension().getFilters().keySet())
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
        Optional<List<FactScanner.Call>> calls =
                body.length() <= MAX_RENDERED_CHARS ? FactScanner.scan(body) : Optional.empty();
        if (calls.isPresent() && direct) {
            return expandDirectly(page, body, calls.get(), diagnostics);
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
            PebbleTemplate template = engine().getLiteralTemplate(body);
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

    /** Each call replaced by its token, as the template engine would, without the engine. */
    private Expansion expandDirectly(
            PageSource page, String body, List<FactScanner.Call> calls, Diagnostics diagnostics) {
        PageScope scope = new PageScope(page, policy, html, diagnostics);
        StringBuilder out = new StringBuilder(body.length() + 16 * calls.size());
        // each call's output, ended by a comma (no token holds one): with the source, the text
        StringBuilder shape = new StringBuilder();
        int from = 0;
        for (FactScanner.Call call : calls) {
            String output =
                    call.function()
                            .body()
                            .apply(
                                    scope,
                                    call.argument(),
                                    new PageScope.At(call.line(), call.argumentColumn()));
            out.append(body, from, call.start()).append(output);
            shape.append(output).append(',');
            from = call.end();
        }
        out.append(body, from, body.length());
        return new Expansion(
                out.toString(), scope.fragments(), scope.uses(), true, shape.toString());
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
            Map<String, Function> functions = new HashMap<>();
            PageFunctions.ALL.forEach((name, spec) -> functions.put(name, new FactFunction(spec)));
            return functions;
        }
    }
}
