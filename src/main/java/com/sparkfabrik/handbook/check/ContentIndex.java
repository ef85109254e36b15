package com.sparkfabrik.handbook.check;

import com.sparkfabrik.handbook.content.RenderedPage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every page and its anchors, and every asset, indexed once for all the source-level checks. */
public final class ContentIndex {

    private final Map<String, RenderedPage> pages = new HashMap<>();
    private final Map<String, Set<String>> anchors = new HashMap<>();
    private final Set<String> assets;
    private final long version;

    public ContentIndex(List<RenderedPage> rendered, List<String> assets) {
        long hash = 17;
        for (RenderedPage page : rendered) {
            pages.put(page.source().id(), page);
            Set<String> ids = new HashSet<>();
            hash = hash * 31 + page.source().id().hashCode();
            for (RenderedPage.Heading h : page.headings()) {
                ids.add(h.id());
                hash = hash * 31 + h.id().hashCode();
            }
            anchors.put(page.source().id(), ids);
        }
        for (String asset : assets) {
            hash = hash * 31 + asset.hashCode();
        }
        this.assets = Set.copyOf(assets);
        this.version = hash;
    }

    /**
     * Changes when a page, an anchor or a file is added or removed: then every link must be checked
     * again.
     */
    public long version() {
        return version;
    }

    public boolean hasPage(String id) {
        return pages.containsKey(id);
    }

    public Set<String> pageIds() {
        return pages.keySet();
    }

    public boolean hasAnchor(String pageId, String anchor) {
        return anchor.isEmpty()
                || anchor.equals("top")
                || anchors.getOrDefault(pageId, Set.of()).contains(anchor);
    }

    public Set<String> anchorsOf(String pageId) {
        return anchors.getOrDefault(pageId, Set.of());
    }

    public boolean hasAsset(String path) {
        return assets.contains(path);
    }
}
