package com.sparkfabrik.handbook.check;

import com.sparkfabrik.handbook.content.RenderedPage;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every page and its anchors, and every asset, indexed once for all the source-level checks. A view
 * made by {@link #recording} also notes each answer it gives, so that a check of one page is known
 * to hold for a later index while that index gives the same answers ({@link #answersAsBefore}).
 */
public final class ContentIndex {

    /**
     * What a recording view answered: the anchors of each page asked about (null: no such page),
     * whether each asset asked about exists, and all page ids if they were asked for.
     */
    public static final class Reads {
        private final Map<String, Set<String>> pages = new HashMap<>();
        private final Map<String, Boolean> assets = new HashMap<>();
        private Set<String> allPages;
    }

    private final Map<String, Set<String>> anchors;
    private final Set<String> assets;
    private final Reads reads;

    /** {@code anchors}: each page's anchors by page id, handed over (not copied). */
    public ContentIndex(Map<String, Set<String>> anchors, List<String> assets) {
        this.anchors = Collections.unmodifiableMap(anchors);
        this.assets = Set.copyOf(assets);
        this.reads = null;
    }

    private ContentIndex(ContentIndex index, Reads reads) {
        this.anchors = index.anchors;
        this.assets = index.assets;
        this.reads = reads;
    }

    /** Equal when every page has the same anchors and the same assets exist. */
    @Override
    public boolean equals(Object o) {
        return o == this
                || o instanceof ContentIndex other
                        && reads == null
                        && other.reads == null
                        && anchors.equals(other.anchors)
                        && assets.equals(other.assets);
    }

    @Override
    public int hashCode() {
        return anchors.size() * 31 + assets.size();
    }

    /** The anchors of a page with these headings. */
    public static Set<String> anchors(List<RenderedPage.Heading> headings) {
        Set<String> ids = new HashSet<>();
        for (RenderedPage.Heading h : headings) {
            ids.add(h.id());
        }
        return Set.copyOf(ids);
    }

    /** A view of this index that notes in {@code reads} each answer it gives. */
    public ContentIndex recording(Reads reads) {
        return new ContentIndex(this, reads);
    }

    /** Whether this index gives every answer {@code reads} noted. */
    public boolean answersAsBefore(Reads reads) {
        for (Map.Entry<String, Set<String>> page : reads.pages.entrySet()) {
            if (!Objects.equals(anchors.get(page.getKey()), page.getValue())) {
                return false;
            }
        }
        for (Map.Entry<String, Boolean> asset : reads.assets.entrySet()) {
            if (assets.contains(asset.getKey()) != asset.getValue()) {
                return false;
            }
        }
        return reads.allPages == null || reads.allPages.equals(anchors.keySet());
    }

    private Set<String> page(String id) {
        Set<String> ids = anchors.get(id);
        if (reads != null) {
            reads.pages.put(id, ids);
        }
        return ids;
    }

    public boolean hasPage(String id) {
        return page(id) != null;
    }

    public Set<String> pageIds() {
        if (reads != null) {
            reads.allPages = anchors.keySet();
        }
        return anchors.keySet();
    }

    public boolean hasAnchor(String pageId, String anchor) {
        if (anchor.isEmpty() || anchor.equals("top")) {
            return true;
        }
        Set<String> ids = page(pageId);
        return ids != null && ids.contains(anchor);
    }

    public Set<String> anchorsOf(String pageId) {
        Set<String> ids = page(pageId);
        return ids == null ? Set.of() : ids;
    }

    public boolean hasAsset(String path) {
        boolean exists = assets.contains(path);
        if (reads != null) {
            reads.assets.put(path, exists);
        }
        return exists;
    }
}
