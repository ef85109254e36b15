package com.sparkfabrik.handbook.content;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a Markdown tree, for search, cut into sections at each heading: text and entities;
 * blocks, table cells and line breaks as whitespace; table separator rows left out; fact tokens
 * replaced by their plain text, generated blocks included. Linear in the size of the tree
 * (flexmark's own text collector is not, on pages with thousands of links) and without recursion.
 * The tokens are replaced in a second step ({@link SectionText}), so that a fact edit can put other
 * fragments in without the tree.
 */
final class PlainText {

    private PlainText() {}

    /**
     * The sections with their text still holding the tokens, whitespace as written. Headings must
     * have their ids assigned already.
     */
    static List<RenderedPage.Section> sections(Node root, String title, Expansion expansion) {
        List<RenderedPage.Section> sections = new ArrayList<>();
        String id = "";
        String heading = title;
        StringBuilder out = new StringBuilder();
        for (Node node : root.getDescendants()) {
            if (node instanceof Heading h && h.getAnchorRefId() != null) {
                add(sections, id, heading, out);
                id = h.getAnchorRefId();
                heading = Tokens.plain(h.getText().toString(), expansion).strip();
                out.setLength(0);
            } else if (node.getAncestorOfType(Heading.class) != null) {
                continue;
            } else if (node instanceof Text || node instanceof HtmlEntity) {
                if (node.getAncestorOfType(TableSeparator.class) == null) {
                    BasedSequence chars = node.getChars();
                    if (PlainTextRenderer.needsUnescaping(chars)) {
                        out.append(chars.unescape());
                    } else if (chars.getBase() instanceof String source) {
                        // from the page's string itself: the sequence goes a character at a time
                        out.append(source, chars.getStartOffset(), chars.getEndOffset());
                    } else {
                        out.append(chars);
                    }
                }
            } else if (node instanceof SoftLineBreak
                    || node instanceof HardLineBreak
                    || node instanceof TableCell) {
                out.append(' ');
            } else if (node instanceof Block
                    && out.length() > 0
                    && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }
        add(sections, id, heading, out);
        return sections;
    }

    private static void add(
            List<RenderedPage.Section> sections, String id, String heading, StringBuilder raw) {
        // the part above the first heading stays even when empty: it carries the page title
        sections.add(new RenderedPage.Section(id, heading, raw.toString()));
    }

    /**
     * Whitespace runs made one space and the ends stripped: a section's text as search reads it.
     */
    static String collapse(String text) {
        return collapseWhitespace(text).strip();
    }

    /**
     * Each run of whitespace as one space: what {@code replaceAll("\\s+", " ")} makes, without a
     * regular expression (every section of every page goes through it).
     */
    static String collapseWhitespace(String text) {
        StringBuilder out = null;
        int from = 0;
        int i = 0;
        while (i < text.length()) {
            if (!isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isSpace(text.charAt(end))) {
                end++;
            }
            if (end - i > 1 || text.charAt(i) != ' ') {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, from, i).append(' ');
                from = end;
            }
            i = end;
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    /** The characters of {@code \\s}. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
