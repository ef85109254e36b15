package com.sparkfabrik.handbook.render;

/**
 * What every page shows from handbook.yaml: its language ({@code <html lang>} and the interface
 * strings), a link to the repository, and the prefix of its "Edit this page" link, to which the
 * page's source path ({@code content/a.md}) is appended. Empty strings mean no link.
 */
public record PageSettings(String language, String repository, String editUrl) {

    public static PageSettings defaults() {
        return new PageSettings("en", "", "");
    }

    /** The edit link of a page's source file, or empty. */
    String editLink(String file) {
        if (editUrl.isEmpty()) {
            return "";
        }
        return (editUrl.endsWith("/") ? editUrl : editUrl + "/") + file;
    }
}
