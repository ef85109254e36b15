package com.sparkfabrik.handbook.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 content digests: memo keys for inputs too large to compare field by field per page. */
final class Digest {

    private final MessageDigest sha;

    Digest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    Digest add(byte[] bytes) {
        sha.update(bytes);
        return this;
    }

    /** Adds the text and a separator no text contains, so ("ab","c") and ("a","bc") differ. */
    Digest add(String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0xff);
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
