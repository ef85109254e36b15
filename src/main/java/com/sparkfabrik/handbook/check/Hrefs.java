package com.sparkfabrik.handbook.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The string work of link resolution, done by hand: no regex, no {@link java.net.URI} (whose
 * exceptions would be control flow on malformed links), following the WHATWG URL parser where it
 * matters for files on disk.
 */
final class Hrefs {

    private Hrefs() {}

    /**
     * Trims leading and trailing C0 controls and spaces and removes every tab and newline, as a
     * browser's URL parser does (so {@code java&#9;script:} is {@code javascript:}).
     */
    static String clean(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && raw.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && raw.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder out = null;
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                if (out == null) {
                    out = new StringBuilder(end - start).append(raw, start, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        if (out != null) {
            return out.toString();
        }
        return start == 0 && end == raw.length() ? raw : raw.substring(start, end);
    }

    /**
     * The lower-cased scheme of an absolute URL ({@code https}, {@code mailto}), or null for a
     * relative one.
     */
    static String scheme(String href) {
        if (href.isEmpty() || !isAsciiLetter(href.charAt(0))) {
            return null;
        }
        for (int i = 1; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c == ':') {
                return href.substring(0, i).toLowerCase(Locale.ROOT);
            }
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
                return null;
            }
        }
        return null;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Resolves a URL path against a directory, both relative to the root, and removes dot segments
     * and empty segments. {@code dir} is empty or ends with {@code /}. With {@code clamp}, {@code
     * ..} stops at the root (URL semantics for {@code /x}); without it, leading {@code ..} segments
     * are kept so a target outside the root can still be found on disk. The result ends with {@code
     * /} when it names a directory; the root itself is {@code ""}.
     */
    static String resolvePath(String dir, String path, boolean clamp) {
        // the usual relative link, "../section/page.html" from a page a folder down: each leading
        // "../" takes the last folder off a normal dir, as the general case below would
        while (path.startsWith("../") && !dir.isEmpty() && isNormal(dir)) {
            int cut = dir.lastIndexOf('/', dir.length() - 2);
            dir = cut < 0 ? "" : dir.substring(0, cut + 1);
            path = path.substring(3);
        }
        String joined = dir.isEmpty() ? path : dir + path;
        if (isNormal(joined)) {
            return joined;
        }
        List<String> segments = new ArrayList<>();
        int leadingUps = 0;
        boolean directory = false;
        int start = 0;
        int length = joined.length();
        while (start <= length) {
            int slash = joined.indexOf('/', start);
            int end = slash < 0 ? length : slash;
            String segment = joined.substring(start, end);
            boolean last = slash < 0;
            directory = last && (segment.isEmpty() || segment.equals(".") || segment.equals(".."));
            if (segment.equals("..")) {
                if (segments.size() > leadingUps) {
                    segments.remove(segments.size() - 1);
                } else if (!clamp) {
                    segments.add("..");
                    leadingUps++;
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
            start = end + 1;
        }
        StringBuilder out = new StringBuilder(length);
        for (String segment : segments) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(segment);
        }
        if (directory && out.length() > 0) {
            out.append('/');
        }
        return out.toString();
    }

    /**
     * True if the path has no dot segments and no empty segments (the common case: nothing to do).
     */
    private static boolean isNormal(String path) {
        int length = path.length();
        int segmentStart = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || path.charAt(i) == '/') {
                int segmentLength = i - segmentStart;
                if (segmentLength == 0 && i != length) {
                    return false;
                }
                if (segmentLength == 1 && path.charAt(segmentStart) == '.') {
                    return false;
                }
                if (segmentLength == 2
                        && path.charAt(segmentStart) == '.'
                        && path.charAt(segmentStart + 1) == '.') {
                    return false;
                }
                segmentStart = i + 1;
            }
        }
        return true;
    }

    /**
     * The directory part of a root-relative path, ending with {@code /}, or {@code ""} at the root.
     */
    static String directoryOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** True if the last segment of the path has a dot that is not its first character. */
    static boolean hasExtension(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') + 1;
    }

    static boolean isHtml(String path) {
        return endsWithIgnoreCase(path, ".html") || endsWithIgnoreCase(path, ".htm");
    }

    private static boolean endsWithIgnoreCase(String s, String suffix) {
        return s.regionMatches(true, s.length() - suffix.length(), suffix, 0, suffix.length());
    }

    /**
     * Percent-decodes as UTF-8. Invalid escapes stay as written; invalid UTF-8 becomes U+FFFD.
     * Returns the same string when there is nothing to decode.
     */
    static String percentDecode(String s) {
        int percent = s.indexOf('%');
        if (percent < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        byte[] prefix = s.substring(0, percent).getBytes(StandardCharsets.UTF_8);
        bytes.write(prefix, 0, prefix.length);
        int i = percent;
        while (i < s.length()) {
            char c = s.charAt(i);
            int high;
            int low;
            if (c == '%'
                    && i + 2 < s.length()
                    && (high = hexValue(s.charAt(i + 1))) >= 0
                    && (low = hexValue(s.charAt(i + 2))) >= 0) {
                bytes.write(high * 16 + low);
                i += 3;
            } else {
                int end = i + Character.charCount(s.codePointAt(i));
                byte[] encoded = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i = end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
