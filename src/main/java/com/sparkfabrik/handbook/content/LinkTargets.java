package com.sparkfabrik.handbook.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Decides what a link written in a page may point at: another page or file inside the source folder
 * (relative, never climbing out), a fragment, or http, https and mailto. Anything else is refused,
 * whatever its case, entities or embedded whitespace.
 */
public final class LinkTargets {

    public enum Kind {
        FRAGMENT,
        RELATIVE,
        EXTERNAL,
        UNSAFE
    }

    public record Target(Kind kind, String path, String fragment, String reason) {}

    private LinkTargets() {}

    /** Classifies an already unescaped URL written on page {@code pageId}. */
    public static Target classify(String url, String pageId) {
        String compact = compact(url);
        if (compact.isEmpty()) {
            return new Target(Kind.UNSAFE, null, null, "empty link");
        }
        if (compact.indexOf('\\') >= 0) {
            return new Target(Kind.UNSAFE, null, null, "backslashes are not allowed in links");
        }
        if (compact.startsWith("#")) {
            return new Target(Kind.FRAGMENT, null, url.strip().substring(1), null);
        }
        int colon = compact.indexOf(':');
        int slash = compact.indexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash)) {
            String scheme = compact.substring(0, colon).toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")) {
                return new Target(Kind.EXTERNAL, null, null, null);
            }
            return new Target(
                    Kind.UNSAFE,
                    null,
                    null,
                    "scheme '" + scheme + ":' is not allowed (use http, https or mailto)");
        }
        if (compact.startsWith("/")) {
            return new Target(
                    Kind.UNSAFE,
                    null,
                    null,
                    "absolute paths are not allowed: write the link relative to this page");
        }
        String path = url.strip();
        String fragment = null;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String decoded = decodePercent(path);
        if (decoded == null) {
            return new Target(Kind.UNSAFE, null, null, "malformed percent-encoding in link");
        }
        if (decoded.indexOf('\0') >= 0) {
            return new Target(Kind.UNSAFE, null, null, "NUL characters are not allowed in links");
        }
        // what was hidden by percent-encoding is refused as if written plainly
        if (decoded.indexOf('\\') >= 0) {
            return new Target(Kind.UNSAFE, null, null, "backslashes are not allowed in links");
        }
        if (decoded.startsWith("/")) {
            return new Target(
                    Kind.UNSAFE,
                    null,
                    null,
                    "absolute paths are not allowed: write the link relative to this page");
        }
        String resolved = resolve(pageId, decoded);
        if (resolved == null) {
            return new Target(Kind.UNSAFE, null, null, "the link climbs out of the content folder");
        }
        return new Target(Kind.RELATIVE, resolved, fragment, null);
    }

    /**
     * Whether an href may be published as it is: relative (not from the root), a fragment, or http,
     * https or mailto. The renderer's last check, whatever the link's kind or the rules'
     * severities.
     */
    public static boolean isPublishable(String href) {
        String compact = compact(href);
        if (compact.startsWith("/") || compact.indexOf('\\') >= 0) {
            return false;
        }
        int colon = compact.indexOf(':');
        int end = compact.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = compact.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        if (colon < 0 || colon > end) {
            return true;
        }
        String scheme = compact.substring(0, colon).toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }

    /** Strips ASCII whitespace and control characters, as browsers do before reading a scheme. */
    private static String compact(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != 0x7f) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The path relative to content/ of {@code relative} seen from page {@code pageId}; null if it
     * climbs out.
     */
    static String resolve(String pageId, String relative) {
        // the page's own folder goes through the same normalisation: an id is never trusted to be
        // clean
        int slash = pageId.lastIndexOf('/');
        String joined = slash > 0 ? pageId.substring(0, slash) + "/" + relative : relative;
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : joined.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(segment);
            }
        }
        return String.join("/", parts);
    }

    private static String decodePercent(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
