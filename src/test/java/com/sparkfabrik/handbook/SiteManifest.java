package com.sparkfabrik.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A sha256 manifest of a folder: relative path (forward slashes) to the hex digest of its bytes,
 * sorted. Two folders with equal manifests hold byte-identical files under the same names.
 */
public final class SiteManifest {

    private SiteManifest() {}

    /**
     * The manifest of {@code root}; empty when the folder does not exist. Symbolic links are
     * listed, never followed.
     */
    public static Map<String, String> of(Path root) {
        Map<String, String> manifest = new TreeMap<>();
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return manifest;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted().toList()) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                if (Files.isSymbolicLink(path)) {
                    manifest.put(relative, "symlink -> " + Files.readSymbolicLink(path));
                } else if (Files.isRegularFile(path)) {
                    manifest.put(relative, sha256(Files.readAllBytes(path)));
                } else if (Files.isDirectory(path) && !relative.isEmpty()) {
                    manifest.put(relative + "/", "dir");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return manifest;
    }

    /** One line per file, {@code digest path}, for readable assertion failures. */
    public static String format(Map<String, String> manifest) {
        StringBuilder out = new StringBuilder();
        manifest.forEach(
                (path, digest) -> out.append(digest).append("  ").append(path).append('\n'));
        return out.toString();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
