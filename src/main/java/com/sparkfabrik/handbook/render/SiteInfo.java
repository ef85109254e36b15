package com.sparkfabrik.handbook.render;

/**
 * What every page shows about the site: its title, the policy status and revision, and the policy's
 * change history.
 */
public record SiteInfo(
        String title, String status, String revision, String baseUrl, ChangeLog changes) {

    public SiteInfo(String title, String status, String revision, String baseUrl) {
        this(title, status, revision, baseUrl, ChangeLog.none());
    }
}
