package com.sparkfabrik.handbook.content;

import com.sparkfabrik.handbook.diag.Terminal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which names under {@code content/} can be published. A name becomes a file name in the output, a
 * link in every page's navigation, a URL in the sitemap and a word in terminal output, so it may
 * not hold a character that is invisible or drives a terminal, nor be longer than every file system
 * takes once {@code .md} becomes {@code .html}; and no two sources may make the same output, or a
 * file where another needs a folder.
 */
final class SourceNames {

    /** File systems take 255 bytes a name; room for {@code .html} and a safety margin. */
    static final int MAX_NAME_BYTES = 200;

    static final int MAX_PATH_BYTES = 1024;

    private SourceNames() {}

    /** What is wrong with the last segment of {@code relative}; empty when nothing is. */
    static Optional<String> nameProblem(String relative, String name) {
        int hidden = name.codePoints().filter(Terminal::hidden).findFirst().orElse(-1);
        if (hidden >= 0) {
            return Optional.of(
                    String.format(
                            Locale.ROOT,
                            "the name holds U+%04X, which is invisible or controls a terminal:"
                                    + " rename it",
                            hidden));
        }
        if (name.indexOf('\\') >= 0) {
            return Optional.of(
                    "the name holds a backslash, a folder separator elsewhere: rename it");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            return Optional.of(
                    "the name is "
                            + bytes
                            + " bytes long; at most "
                            + MAX_NAME_BYTES
                            + " fit every file system: shorten it");
        }
        if (relative.getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
            return Optional.of(
                    "the path is longer than " + MAX_PATH_BYTES + " bytes: move it up a folder");
        }
        return Optional.empty();
    }

    /** The output path of a source file relative to content/: a page becomes {@code .html}. */
    static String output(String relative) {
        return relative.endsWith(".md")
                ? relative.substring(0, relative.length() - ".md".length()) + ".html"
                : relative;
    }

    /**
     * Outputs taken so far, to find a source whose output another already takes, or that needs a
     * file where another needs a folder ({@code a.md} beside {@code a.html/b.md}).
     */
    static final class Outputs {
        private final TreeMap<String, String> taken = new TreeMap<>();

        /** The source whose output clashes with {@code source}'s; empty when none does. */
        Optional<String> claim(String source) {
            String output = output(source);
            String clash = taken.get(output);
            if (clash == null) {
                Map.Entry<String, String> inside = taken.ceilingEntry(output + "/");
                if (inside != null && inside.getKey().startsWith(output + "/")) {
                    clash = inside.getValue();
                }
            }
            for (int slash = output.indexOf('/'); clash == null && slash > 0; ) {
                clash = taken.get(output.substring(0, slash));
                slash = output.indexOf('/', slash + 1);
            }
            if (clash == null) {
                taken.put(output, source);
            }
            return Optional.ofNullable(clash);
        }
    }
}
