package com.sparkfabrik.handbook.content;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Bounds on what one page may ask of the Markdown parser and renderer, which recurse once per
 * nesting level and, in flexmark 0.64 on Java 17, copy a paragraph's whole text for each link,
 * entity, code span or tag in it. Far above any real page, far below what could hang the build.
 */
final class MarkdownLimits {

    /**
     * Nesting levels of the Markdown tree: a quote is one, a list two (list and item), emphasis
     * one.
     */
    static final int MAX_DEPTH = 64;

    /**
     * Characters copied while parsing inline markup, estimated as, for each paragraph, its length
     * times the number of characters that start a link, entity, code span or tag in it: about a
     * second of parsing. An ordinary page needs under a million.
     */
    static final long MAX_INLINE_WORK = 250_000_000L;

    private MarkdownLimits() {}

    /**
     * The offset in {@code markdown} of the first block-quote or list marker (or indentation) that
     * opens more than {@link #MAX_DEPTH} levels on one line, or -1: checked before parsing, as the
     * parser's work grows with the square of the nesting. Each marker counts as a level, and so
     * does each two columns of indentation, the least a nested list needs.
     */
    static int deepLine(String markdown) {
        int i = 0;
        while (i < markdown.length()) {
            int levels = 0;
            int columns = 0;
            while (i < markdown.length() && markdown.charAt(i) != '\n') {
                char c = markdown.charAt(i);
                int marker = listMarkerLength(markdown, i);
                if (c == ' ') {
                    columns++;
                } else if (c == '\t') {
                    columns += 4 - columns % 4;
                } else if (c == '>') {
                    levels++;
                } else if (marker > 0) {
                    levels++;
                    i += marker - 1;
                } else {
                    break;
                }
                if (levels + columns / 2 > MAX_DEPTH) {
                    return i;
                }
                i++;
            }
            int end = markdown.indexOf('\n', i);
            i = end < 0 ? markdown.length() : end + 1;
        }
        return -1;
    }

    /**
     * The length of a list marker ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) at
     * {@code i} followed by a space, or 0.
     */
    static int listMarkerLength(String s, int i) {
        int j = i;
        while (j < s.length() && j - i < 9 && Character.isDigit(s.charAt(j))) {
            j++;
        }
        if (j > i) {
            j = j < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ')') ? j + 1 : i;
        } else if (j < s.length()
                && (s.charAt(j) == '-' || s.charAt(j) == '*' || s.charAt(j) == '+')) {
            j++;
        }
        return j > i
                        && (j == s.length()
                                || s.charAt(j) == ' '
                                || s.charAt(j) == '\t'
                                || s.charAt(j) == '\n')
                ? j - i
                : 0;
    }

    /** The first node nested deeper than {@link #MAX_DEPTH}, found without recursion. */
    static Optional<Node> tooDeep(Node root) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                return Optional.of(node);
            }
            // pushed last to first, so nodes are visited in document order
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return Optional.empty();
    }

    /**
     * The line (from 1) of the paragraph at which the estimated inline work of the page passes
     * {@link #MAX_INLINE_WORK}, or -1. A paragraph is taken as a run of non-blank lines, which
     * overestimates quotes and tables: the bound is far enough that this never matters.
     */
    static int costlyParagraphLine(String markdown) {
        long work = 0;
        int line = 1;
        int runStartLine = 1;
        long runLength = 0;
        long runTriggers = 0;
        boolean blank = true;
        for (int i = 0; i <= markdown.length(); i++) {
            char c = i < markdown.length() ? markdown.charAt(i) : '\n';
            if (c == '\n') {
                if (blank || i == markdown.length()) {
                    work += runLength * runTriggers;
                    if (work > MAX_INLINE_WORK) {
                        return runStartLine;
                    }
                    runLength = 0;
                    runTriggers = 0;
                    runStartLine = line + 1;
                }
                line++;
                blank = true;
                continue;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                blank = false;
            }
            runLength++;
            if (c == '&' || c == '<' || c == '`' || c == '[' || c == ']') {
                runTriggers++;
            }
        }
        return -1;
    }
}
