package com.sparkfabrik.handbook.check;

/**
 * Finds the file a link's resolved path names in the site: the file itself, a directory's index, or
 * a file with a fallback extension, as the link options allow.
 */
final class LinkTargets {

    /**
     * A resolved target: the file (null for an accepted directory without index), or why there is
     * none.
     */
    record Target(String path, String failure) {}

    private final FileTree site;
    private final LinkCheckOptions options;

    LinkTargets(FileTree site, LinkCheckOptions options) {
        this.site = site;
        this.options = options;
    }

    /**
     * Finds the file a resolved path names: the file itself, a directory's index, or a fallback
     * extension.
     */
    Target find(String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            return directoryIndex(path);
        }
        if (site.isFile(path)) {
            return new Target(path, null);
        }
        if (site.isDirectory(path)) {
            if (!options.directoryWithoutSlashValid()) {
                return new Target(null, path + " is a directory: link to " + path + "/");
            }
            return directoryIndex(path + "/");
        }
        if (!Hrefs.hasExtension(path)) {
            for (String extension : options.fallbackExtensions()) {
                String candidate = path + "." + extension;
                if (site.isFile(candidate)) {
                    return new Target(candidate, null);
                }
            }
        }
        return new Target(null, path + " does not exist");
    }

    private Target directoryIndex(String directory) {
        String name = directory.isEmpty() ? "" : directory.substring(0, directory.length() - 1);
        String shown = directory.isEmpty() ? "/" : directory;
        if (!site.isDirectory(name)) {
            return new Target(
                    null,
                    site.isFile(name)
                            ? name + " is a file, not a directory"
                            : "directory " + shown + " does not exist");
        }
        for (String index : options.indexFiles()) {
            String candidate = directory + index;
            if (site.isFile(candidate)) {
                return new Target(candidate, null);
            }
        }
        if (options.directoryWithoutIndexValid()) {
            return new Target(null, null);
        }
        return new Target(
                null,
                "directory " + shown + " has no " + String.join(" or ", options.indexFiles()));
    }
}
