package com.sparkfabrik.handbook.cli;

import com.sparkfabrik.handbook.check.LinkCheckOptions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * What {@code links} counts as a broken link: how extensionless and directory links resolve, and
 * which doubtful hrefs are errors. The defaults are a static host's.
 */
final class LinkRuleFlags {

    @Option(
            names = "--fallback-extension",
            paramLabel = "EXT",
            description =
                    "try EXT for an extensionless link that names no file (repeatable), e.g. html")
    private List<String> fallbackExtensions = new ArrayList<>();

    @Option(
            names = "--index-file",
            paramLabel = "NAME",
            description = "the file a directory link resolves to (repeatable; default: index.html)")
    private List<String> indexFiles = new ArrayList<>();

    @Option(names = "--hash-href-error", description = "href=\"#\" is an error (default: valid)")
    private boolean hashHrefError;

    @Option(
            names = "--empty-href-error",
            description = "href=\"\" is an error (default: valid, the page itself)")
    private boolean emptyHrefError;

    @Option(
            names = "--missing-href-error",
            description = "an <a> without href, id or name is an error " + "(default: ignored)")
    private boolean missingHrefError;

    @Option(
            names = "--require-trailing-slash",
            description =
                    "a directory link without a trailing slash is an "
                            + "error (default: valid if the directory has an index file)")
    private boolean requireTrailingSlash;

    @Option(
            names = "--allow-missing-index",
            description =
                    "a link to a directory without an index file is valid " + "(default: error)")
    private boolean allowMissingIndex;

    @Option(
            names = "--skip-verbatim",
            description = "do not check links inside <pre> or <code> (default: checked)")
    private boolean skipVerbatim;

    /** The options these flags set; external links are collected when they will be fetched. */
    LinkCheckOptions options(boolean collectExternalLinks) {
        LinkCheckOptions.Builder builder =
                LinkCheckOptions.builder()
                        .hashHrefValid(!hashHrefError)
                        .emptyHrefValid(!emptyHrefError)
                        .reportAnchorsWithoutHref(missingHrefError)
                        .directoryWithoutSlashValid(!requireTrailingSlash)
                        .directoryWithoutIndexValid(allowMissingIndex)
                        .fallbackExtensions(fallbackExtensions)
                        .checkVerbatim(!skipVerbatim)
                        .collectExternalLinks(collectExternalLinks);
        if (!indexFiles.isEmpty()) {
            builder.indexFiles(indexFiles);
        }
        return builder.build();
    }
}
