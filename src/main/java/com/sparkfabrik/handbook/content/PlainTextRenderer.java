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
        if (chars.getBase() instanceof String source) {
            // the page's own string: read directly, not a character at a time through the sequence
            int from = chars.getStartOffset();
            int to = chars.getEndOffset();
            if (!needsUnescaping(source, from, to)) {
                html.raw(escape(source, from, to));
                return;
            }
        } else if (!needsUnescaping(chars)) {
            html.raw(escape(chars));
            return;
        }
        html.text(Escaping.normalizeEOL(chars.unescape()));
    }

    /** {@link #needsUnescaping(CharSequence)} of a part of a string. */
    static boolean needsUnescaping(String source, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c == '\\' || c == '&' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Whether flexmark's unescaping or line-end normalisation could change the text. */
    static boolean needsUnescaping(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '\\' || c == '&' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** {@link #escape(CharSequence)} of a part of a string. */
    static String escape(String source, int from, int to) {
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
