package com.sparkfabrik.handbook.feed;

/**
 * Where the handbook details a fact, as the link check needs it: the page id ({@code
 * usage-limits}), the anchor on it ({@code weekly-limit}), the file under {@code site/} ({@code
 * usage-limits.html}) and the {@code url} the feed publishes.
 */
record FactTarget(String factId, String page, String anchor, String path, String url) {}
