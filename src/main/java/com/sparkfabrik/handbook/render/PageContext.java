package com.sparkfabrik.handbook.render;

/**
 * What every page shows about the site: its title, the policy status and revision, the URL it is
 * published at (empty when unknown), the policy's change history, and the settings of handbook.yaml
 * pages show.
 */
public record PageContext(
        String title,
        String status,
        String revision,
        String baseUrl,
        ChangeLog changes,
        PageSettings settings) {

    public PageContext(String title, String status, String revision, String baseUrl) {
        this(title, status, revision, baseUrl, ChangeLog.none(), PageSettings.defaults());
    }

    /** The base URL ending in a slash, or empty. */
    String baseFolder() {
        return baseUrl.isEmpty() || baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }
}
