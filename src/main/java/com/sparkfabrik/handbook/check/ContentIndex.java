package com.sparkfabrik.handbook.check;

import com.sparkfabrik.handbook.content.RenderedPage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every page and its anchors, and every asset, indexed once for all the source-level checks. */
public final class ContentIndex {

    private final Map<String, Set<String>> anchors = new HashMap<>();
    private final Set<String> assets;

    public ContentIndex(List<RenderedPage> rendered, List<String> assets) {
        for (RenderedPage page : rendered) {
            Set<String> ids = new HashSet<>();
            for (RenderedPage.Heading h : page.headings()) {
                ids.add(h.id());
            }
            anchors.put(page.source().id(), ids);
        }
        this.assets = Set.copyOf(assets);
    }

    public boolean hasPage(String id) {
        return anchors.containsKey(id);
    }

    public Set<String> pageIds() {
        return anchors.keySet();
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
