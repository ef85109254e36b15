package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.content.ContentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a build may publish. Publishing replaces the output folder as a whole, so it must not be
 * the source folder, a folder holding it, a folder inside {@code content/}, or a file.
 */
public final class OutputFolder {

    private OutputFolder() {}

    /** What is wrong with publishing {@code source} into {@code out}; empty when nothing is. */
    public static Optional<String> problem(Path source, Path out) {
        try {
            Path sourceReal = real(source);
            Path outReal = real(out);
            if (sourceReal.startsWith(outReal)) {
                return Optional.of(
                        "the output folder "
                                + out
                                + " is the source folder or holds it, and would replace it");
            }
            if (outReal.startsWith(sourceReal.resolve(ContentReader.DIR))) {
                return Optional.of(
                        "the output folder "
                                + out
                                + " is inside content/ and would replace the pages");
            }
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of("the output " + out + " is a file, not a folder");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot resolve the output folder " + out + ": " + e.getMessage());
        }
    }

    /** The real path of {@code path}, resolving symbolic links in the part that exists. */
    private static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }
}
