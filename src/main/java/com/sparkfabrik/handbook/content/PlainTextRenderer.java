package com.sparkfabrik.handbook.content;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Renders text nodes exactly as flexmark's core renderer does (unescape, normalise line ends,
 * escape for HTML) but, for the usual text with no backslash, entity or carriage return, in one
 * pass over the characters instead of three regular-expression passes and their copies.
 */
final class PlainTextRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, PlainTextRenderer::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        if (needsUnescaping(chars)) {
            html.text(Escaping.normalizeEOL(chars.unescape()));
        } else if (chars.getBase() instanceof String source) {
            // the page's own string: read directly, not a character at a time through the sequence
            html.raw(escape(source, chars.getStartOffset(), chars.getEndOffset()));
        } else {
            html.raw(escape(chars));
        }
    }

    /** {@link #needsUnescaping(CharSequence)}, read from the page's string when it is one. */
    static boolean needsUnescaping(BasedSequence chars) {
        if (!(chars.getBase() instanceof String source)) {
            return needsUnescaping((CharSequence) chars);
        }
        for (int i = chars.getStartOffset(); i < chars.getEndOffset(); i++) {
            if (unescapes(source.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether flexmark's unescaping or line-end normalisation could change the text. */
    static boolean needsUnescaping(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (unescapes(chars.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A backslash escape, an entity or a carriage return starts here. */
    private static boolean unescapes(char c) {
        return c == '\\' || c == '&' || c == '\r';
    }

    /** {@link #escape(CharSequence)} of a part of a string. */
    private static String escape(String source, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return escape(source.subSequence(from, to));
            }
        }
        return source.substring(from, to);
    }

    /** What flexmark's {@code Escaping.escapeHtml(text, false)} makes of text. */
    static String escape(CharSequence chars) {
        StringBuilder out = null;
        int from = 0;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            String entity =
                    c == '&'
                            ? "&amp;"
                            : c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '"' ? "&quot;" : null;
            if (entity != null) {
                if (out == null) {
                    out = new StringBuilder(chars.length() + 16);
                }
                out.append(chars, from, i).append(entity);
                from = i + 1;
            }
        }
        if (out == null) {
            return chars.toString();
        }
        return out.append(chars, from, chars.length()).toString();
    }
}
