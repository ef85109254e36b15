package com.sparkfabrik.handbook.check;

import java.util.List;

/**
 * The policies of the link check where link checkers disagree, each with a documented default.
 *
 * @param hashHrefValid {@code href="#"} is valid (default {@code true}); otherwise an {@code
 *     empty-link} error
 * @param emptyHrefValid {@code href=""} on {@code <a>}/{@code <area>} is valid and means the page
 *     itself (default {@code true}); otherwise an {@code empty-link} error
 * @param reportAnchorsWithoutHref an {@code <a>} without {@code href} is an {@code empty-link}
 *     error (default {@code false}: ignored, it is a placeholder or a {@code name} target)
 * @param directoryWithoutSlashValid a link to a directory without a trailing slash ({@code guide}
 *     for {@code guide/index.html}) is valid if the directory has an index file (default {@code
 *     true}); otherwise a {@code broken-link} error
 * @param directoryWithoutIndexValid a link to a directory that has no index file is valid (default
 *     {@code false}: a static server would answer 403 or 404)
 * @param indexFiles the files a directory link resolves to, tried in order (default {@code
 *     index.html})
 * @param fallbackExtensions extensions tried for a link whose last segment has no extension and
 *     names no file, e.g. {@code html} makes {@code guide/setup} find {@code guide/setup.html}
 *     (default none: such a link is broken unless the file exists)
 * @param checkVerbatim links inside {@code <pre>} or {@code <code>} are checked like any other
 *     (default {@code true})
 * @param collectExternalLinks list every http(s) link with its position in the result, for {@link
 *     ExternalLinkChecker} (default {@code false}: they are skipped, which saves locating them)
 */
public record LinkCheckOptions(
        boolean hashHrefValid,
        boolean emptyHrefValid,
        boolean reportAnchorsWithoutHref,
        boolean directoryWithoutSlashValid,
        boolean directoryWithoutIndexValid,
        List<String> indexFiles,
        List<String> fallbackExtensions,
        boolean checkVerbatim,
        boolean collectExternalLinks) {

    public LinkCheckOptions {
        indexFiles = List.copyOf(indexFiles);
        fallbackExtensions = fallbackExtensions.stream().map(LinkCheckOptions::withoutDot).toList();
        if (indexFiles.isEmpty()) {
            throw new IllegalArgumentException("at least one index file name is needed");
        }
    }

    public static LinkCheckOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .hashHrefValid(hashHrefValid)
                .emptyHrefValid(emptyHrefValid)
                .reportAnchorsWithoutHref(reportAnchorsWithoutHref)
                .directoryWithoutSlashValid(directoryWithoutSlashValid)
                .directoryWithoutIndexValid(directoryWithoutIndexValid)
                .indexFiles(indexFiles)
                .fallbackExtensions(fallbackExtensions)
                .checkVerbatim(checkVerbatim)
                .collectExternalLinks(collectExternalLinks);
    }

    private static String withoutDot(String extension) {
        return extension.startsWith(".") ? extension.substring(1) : extension;
    }

    /** Builds options from the defaults, changing only what is set. */
    public static final class Builder {
        private boolean hashHrefValid = true;
        private boolean emptyHrefValid = true;
        private boolean reportAnchorsWithoutHref;
        private boolean directoryWithoutSlashValid = true;
        private boolean directoryWithoutIndexValid;
        private List<String> indexFiles = List.of("index.html");
        private List<String> fallbackExtensions = List.of();
        private boolean checkVerbatim = true;
        private boolean collectExternalLinks;

        private Builder() {}

        public Builder hashHrefValid(boolean value) {
            hashHrefValid = value;
            return this;
        }

        public Builder emptyHrefValid(boolean value) {
            emptyHrefValid = value;
            return this;
        }

        public Builder reportAnchorsWithoutHref(boolean value) {
            reportAnchorsWithoutHref = value;
            return this;
        }

        public Builder directoryWithoutSlashValid(boolean value) {
            directoryWithoutSlashValid = value;
            return this;
        }

        public Builder directoryWithoutIndexValid(boolean value) {
            directoryWithoutIndexValid = value;
            return this;
        }

        public Builder indexFiles(List<String> value) {
            indexFiles = value;
            return this;
        }

        public Builder fallbackExtensions(List<String> value) {
            fallbackExtensions = value;
            return this;
        }

        public Builder checkVerbatim(boolean value) {
            checkVerbatim = value;
            return this;
        }

        public Builder collectExternalLinks(boolean value) {
            collectExternalLinks = value;
            return this;
        }

        public LinkCheckOptions build() {
            return new LinkCheckOptions(
                    hashHrefValid,
                    emptyHrefValid,
                    reportAnchorsWithoutHref,
                    directoryWithoutSlashValid,
                    directoryWithoutIndexValid,
                    indexFiles,
                    fallbackExtensions,
                    checkVerbatim,
                    collectExternalLinks);
        }
    }
}
