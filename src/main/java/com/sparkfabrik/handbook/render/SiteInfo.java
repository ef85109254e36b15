package com.sparkfabrik.handbook.render;

/** What every page shows about the site: its title, the policy status and revision. */
public record SiteInfo(String title, String status, String revision, String baseUrl) {}
