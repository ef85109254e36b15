package com.sparkfabrik.handbook.content;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.diag.Suggestions;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Admonitions ({@code !!! warning "Title"} and an indented body; {@code ???} folds it, {@code ???+}
 * folds it open) rendered as plain, styled HTML: an {@code <aside>} (or {@code <details>}) with a
 * title, without the extension's own SVG icons and their {@code xlink:href}s. Four kinds: note,
 * tip, warning, danger; any other is an error.
 */
final class Admonitions implements NodeRenderer {

    static final List<String> KINDS = List.of("note", "tip", "warning", "danger");

    static NodeRendererFactory factory() {
        return options -> new Admonitions();
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(AdmonitionBlock.class, Admonitions::render));
    }

    private static void render(
            AdmonitionBlock block, NodeRendererContext context, HtmlWriter html) {
        String kind = kind(block);
        String marker = block.getOpeningMarker().toString();
        boolean folded = marker.startsWith("???");
        String title =
                block.getTitle().isNull()
                        ? kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1)
                        : block.getTitle().toString();
        html.line();
        if (folded) {
            html.attr("class", "admonition admonition-" + kind);
            if (marker.endsWith("+")) {
                html.attr("open", "");
            }
            html.withAttr().tag("details").line();
            html.attr("class", "admonition-title").withAttr().tag("summary").text(title);
            html.tag("/summary").line();
        } else {
            html.attr("class", "admonition admonition-" + kind)
                    .attr("role", "note")
                    .withAttr()
                    .tag("aside")
                    .line();
            html.attr("class", "admonition-title").withAttr().tag("p").text(title).tag("/p");
            html.line();
        }
        context.renderChildren(block);
        html.tag(folded ? "/details" : "/aside").line();
    }

    private static String kind(AdmonitionBlock block) {
        return block.getInfo().toString().toLowerCase(Locale.ROOT);
    }

    /** An admonition of an unknown kind is reported at its marker. */
    static void check(
            AdmonitionBlock block, PageSource page, LineIndex lines, Diagnostics diagnostics) {
        String kind = kind(block);
        if (!KINDS.contains(kind)) {
            int offset = block.getInfo().getStartOffset();
            int line = lines.lineOf(offset);
            diagnostics.error(
                    "markdown",
                    new SourcePosition(page.file(), line + 1, offset - lines.startOf(line) + 1),
                    "unknown admonition '"
                            + block.getInfo()
                            + "': use "
                            + String.join(", ", KINDS)
                            + Suggestions.didYouMean(kind, KINDS));
        }
    }
}
