package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
    private static final String RULE = "yaml";

    private final PolicyValidator validator;

    public PolicyLoader(PolicyValidator validator) {
        this.validator = validator;
    }

    public Optional<Policy> load(Path sourceDir, Diagnostics diagnostics) {
        Path file = sourceDir.resolve(FILE);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                diagnostics.error(RULE, SourcePosition.of(FILE), "the file is larger than " + MAX_BYTES / 1024
                        + " KiB: a policy this size is a mistake");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            diagnostics.error(RULE, SourcePosition.of(FILE), "no policy.yaml in the source folder");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(RULE, SourcePosition.of(FILE), "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        return parse(bytes, diagnostics);
    }

    /** Loads policy text already in memory (tests, the dev server). */
    public Optional<Policy> parse(byte[] bytes, Diagnostics diagnostics) {
        Optional<String> text = decode(bytes, diagnostics);
        return text.flatMap(t -> new YamlReader().read(t, FILE, diagnostics))
                .flatMap(root -> new PolicyBinder(diagnostics).bind(root))
                .map(policy -> {
                    // reference errors are reported, but the pages are still rendered and checked,
                    // so one run reports everything; the build fails on the errors all the same
                    validator.validate(policy, diagnostics);
                    return policy;
                });
    }

    /** Strict UTF-8 with no NUL bytes; a byte-order mark is skipped. */
    static Optional<String> decode(byte[] bytes, Diagnostics diagnostics) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                diagnostics.error(RULE, positionOfByte(bytes, i), "the file is binary (it contains a NUL byte), not YAML text");
                return Optional.empty();
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buffer).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            diagnostics.error(RULE, positionOfByte(bytes, firstInvalidUtf8(bytes)), "the file is not valid UTF-8");
            return Optional.empty();
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    /** Line and column (in characters, counting each valid UTF-8 sequence once) of a byte offset. */
    private static SourcePosition positionOfByte(byte[] bytes, int offset) {
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
        return new SourcePosition(FILE, line, column);
    }
}
