package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads {@code policy.yaml}: refuses oversized, binary and non-UTF-8 files before parsing, reads
 * the safe YAML subset, binds it to records and validates references. Every problem becomes a
 * located diagnostic; the result is empty when the file could not be read into records.
 */
public final class PolicyLoader {

    public static final String FILE = "policy.yaml";

    /** Far above any real policy, far below what could hurt the build. */
    static final int MAX_BYTES = 1024 * 1024;

    /** As long as the longest value YAML reading accepts. */
    static final int MAX_LINE_CHARS = 64 * 1024;

    private static final String RULE = "yaml";

    private final PolicyValidator validator;

    public PolicyLoader(PolicyValidator validator) {
        this.validator = validator;
    }

    public Optional<Policy> load(Path sourceDir, Diagnostics diagnostics) {
        return read(sourceDir, diagnostics).flatMap(bytes -> parse(bytes, diagnostics));
    }

    /** The bytes of policy.yaml in {@code sourceDir}, or empty with the reason reported. */
    public Optional<byte[]> read(Path sourceDir, Diagnostics diagnostics) {
        Path file = sourceDir.resolve(FILE);
        try {
            if (Files.isSymbolicLink(file)) {
                // like content/, nothing outside the source folder is read
                diagnostics.error(
                        RULE,
                        SourcePosition.of(FILE),
                        "policy.yaml is a symbolic link, which is not followed:"
                                + " put the file itself in the source folder");
                return Optional.empty();
            }
            if (Files.size(file) > MAX_BYTES) {
                diagnostics.error(
                        RULE,
                        SourcePosition.of(FILE),
                        "the file is larger than "
                                + MAX_BYTES / 1024
                                + " KiB: a policy this size is a mistake");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            diagnostics.error(RULE, SourcePosition.of(FILE), "no policy.yaml in the source folder");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(
                    RULE, SourcePosition.of(FILE), "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Loads policy text already in memory (tests, the dev server). */
    public Optional<Policy> parse(byte[] bytes, Diagnostics diagnostics) {
        Optional<String> text = decode(bytes, diagnostics);
        return text.flatMap(t -> new YamlReader().read(t, FILE, diagnostics))
                .filter(root -> Schemas.policy().check(root, diagnostics))
                .map(PolicyBinder::bind)
                .map(
                        policy -> {
                            String source = text.get();
                            // reference errors are reported, but the pages are still rendered and
                            // checked, so one run reports everything; the build fails on them all
                            // the same
                            validator.validate(policy, source, diagnostics);
                            return policy;
                        });
    }

    /** Strict UTF-8 with no NUL bytes; a byte-order mark is skipped. */
    static Optional<String> decode(byte[] bytes, Diagnostics diagnostics) {
        return decode(bytes, FILE, diagnostics);
    }

    /** The same for another file of the source folder, named in the diagnostics. */
    static Optional<String> decode(byte[] bytes, String file, Diagnostics diagnostics) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                diagnostics.error(
                        RULE,
                        positionOfByte(bytes, i, file),
                        "the file is binary (it contains a NUL byte), not YAML text");
                return Optional.empty();
            }
        }
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            diagnostics.error(
                    RULE,
                    positionOfByte(bytes, firstInvalidUtf8(bytes), file),
                    "the file is not valid UTF-8");
            return Optional.empty();
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int longLine = firstLongLine(text);
        if (longLine > 0) {
            // the YAML scanner slows down with the square of a line's length
            diagnostics.error(
                    RULE,
                    new SourcePosition(file, longLine, 0),
                    "the line is longer than "
                            + MAX_LINE_CHARS
                            + " characters: break it, or shorten the value");
            return Optional.empty();
        }
        int control = firstControlCharacter(text);
        if (control >= 0) {
            // the YAML parser would refuse it too, but without saying where
            diagnostics.error(
                    RULE,
                    positionOfChar(text, control, file),
                    String.format(
                            Locale.ROOT,
                            "control character U+%04X is not allowed: remove it",
                            (int) text.charAt(control)));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** The number (from 1) of the first line longer than {@link #MAX_LINE_CHARS}, or 0. */
    static int firstLongLine(String text) {
        int line = 1;
        int start = 0;
        for (int end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
            if ((end < 0 ? text.length() : end) - start > MAX_LINE_CHARS) {
                return line;
            }
            if (end < 0) {
                return 0;
            }
            start = end + 1;
            line++;
        }
    }

    /**
     * The index of the first C0 or C1 control character other than tab, line feed and carriage
     * return; -1 if none.
     */
    static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                    || c >= 0x7F && c <= 0x9F
                    || c == '\uFFFE'
                    || c == '\uFFFF') {
                return i;
            }
        }
        return -1;
    }

    private static SourcePosition positionOfChar(String text, int index, String file) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(text.charAt(i))) {
                column++;
            }
        }
        return new SourcePosition(file, line, column);
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    /**
     * Line and column (in characters, counting each valid UTF-8 sequence once) of a byte offset.
     */
    private static SourcePosition positionOfByte(byte[] bytes, int offset, String file) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new SourcePosition(file, line, column);
    }
}
