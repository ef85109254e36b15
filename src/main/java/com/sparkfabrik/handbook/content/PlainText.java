package com.sparkfabrik.handbook.content;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The words of a Markdown tree, for search: text and entities; blocks, table cells and line breaks
 * as whitespace; table separator rows left out. Linear in the size of the tree (flexmark's own text
 * collector is not, on pages with thousands of links) and without recursion.
 */
final class PlainText {

    private PlainText() {}

    static String of(Node root) {
        StringBuilder out = new StringBuilder();
        for (Node node : root.getDescendants()) {
            if (node instanceof Text || node instanceof HtmlEntity) {
                if (node.getAncestorOfType(TableSeparator.class) == null) {
                    out.append(node.getChars().unescape());
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
        return out.toString();
    }
}
