package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.check.LinkCheckOptions;
import com.sparkfabrik.handbook.check.LinkChecker;
import com.sparkfabrik.handbook.check.NavigationScans;
import com.sparkfabrik.handbook.check.ScannedPage;
import com.sparkfabrik.handbook.render.OutputFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The links and anchors of every HTML file of the site, collected as the files are made (a content
 * page's with its layout, so the dev server scans only what it lays out again), for the last check
 * of the build, which thus reads nothing back. Files go on to {@code next}, if any.
 */
final class PublishedSite implements OutputFiles.Destination {

    private final OutputFiles.Destination next;
    private final Map<String, ScannedPage> scans = new ConcurrentHashMap<>();
    private final Map<String, Supplier<String>> html = new ConcurrentHashMap<>();
    // the pages of a folder share their navigation: each one is parsed once
    private final NavigationScans navigations = new NavigationScans(LinkCheckOptions.defaults());

    PublishedSite(OutputFiles.Destination next) {
        this.next = next;
    }

    private static ScannedPage scan(String path, byte[] bytes) {
        return LinkChecker.scan(
                path, new String(bytes, StandardCharsets.UTF_8), LinkCheckOptions.defaults());
    }

    /**
     * A content page laid out; {@code again} makes its HTML again, to place a problem found on it.
     * Called before the page is added to the files.
     */
    void page(String path, byte[] laidOut, Supplier<String> again) {
        scans.put(path, navigations.scan(path, new String(laidOut, StandardCharsets.UTF_8)));
        html.put(path, again);
    }

    @Override
    public void write(String path, byte[] bytes) {
        if (LinkChecker.isPage(path) && !scans.containsKey(path)) {
            scans.put(path, scan(path, bytes));
            html.put(path, () -> new String(bytes, StandardCharsets.UTF_8));
        }
        if (next != null) {
            next.write(path, bytes);
        }
    }

    List<ScannedPage> scans() {
        return List.copyOf(scans.values());
    }

    /** A page's HTML, made again; null for a file that is not a page. */
    String html(String path) {
        Supplier<String> page = html.get(path);
        return page == null ? null : page.get();
    }
}
