package com.sparkfabrik.handbook.render;

/**
 * What every page shows from handbook.yaml: its language ({@code <html lang>} and the interface
 * strings), a link to the repository, and the prefix of its "Edit this page" link, to which the
 * page's source path ({@code content/a.md}) is appended. Empty strings mean no link. {@code
 * drafts}: draft pages are built too, with a banner (the dev server); a published site leaves them
 * out.
 */
public record PageSettings(String language, String repository, String editUrl, boolean drafts) {

    public PageSettings(String language, String repository, String editUrl) {
        this(language, repository, editUrl, false);
    }

    public static PageSettings defaults() {
        return new PageSettings("en", "", "");
    }

    /** The same settings with draft pages built (or not). */
    public PageSettings withDrafts(boolean shown) {
        return new PageSettings(language, repository, editUrl, shown);
    }

    /** The edit link of a page's source file, or empty. */
    String editLink(String file) {
        if (editUrl.isEmpty()) {
            return "";
        }
        return (editUrl.endsWith("/") ? editUrl : editUrl + "/") + file;
    }
}
