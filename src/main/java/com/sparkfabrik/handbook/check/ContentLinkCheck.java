package com.sparkfabrik.handbook.check;

import com.sparkfabrik.handbook.content.LinkTargets;
import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.Suggestions;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Checks every link written in the Markdown against the site index, before any HTML exists, and
 * reports at the Markdown line and column: missing pages, files and anchors.
 */
public final class ContentLinkCheck {

    public void check(RenderedPage page, ContentIndex index, Diagnostics diagnostics) {
        for (RenderedPage.Link link : page.links()) {
            check(page, link, index, diagnostics);
        }
    }

    private void check(
            RenderedPage page,
            RenderedPage.Link link,
            ContentIndex index,
            Diagnostics diagnostics) {
        LinkTargets.Target target = LinkTargets.classify(link.raw(), page.source().id());
        String pageId = page.source().id();
        if (target.kind() == LinkTargets.Kind.FRAGMENT) {
            anchor(pageId, target.fragment(), link, index, diagnostics);
        } else if (target.kind() == LinkTargets.Kind.RELATIVE) {
            String path = target.path();
            String targetPage =
                    path.endsWith(".md")
                            ? path.substring(0, path.length() - 3)
                            : path.endsWith(".html") ? path.substring(0, path.length() - 5) : null;
            if (path.isEmpty()) {
                anchor(pageId, target.fragment(), link, index, diagnostics);
            } else if (targetPage != null && index.hasPage(targetPage)) {
                if (target.fragment() != null) {
                    anchor(targetPage, target.fragment(), link, index, diagnostics);
                }
            } else if (targetPage == null
                    && (index.hasAsset(path) || index.hasPage(path + "/index"))) {
                return;
            } else {
                String what = link.image() ? "image" : "link";
                diagnostics.error(
                        link.image() ? "broken-image" : "broken-link",
                        link.position(),
                        "broken "
                                + what
                                + " '"
                                + link.raw()
                                + "': content/"
                                + path
                                + " does not exist"
                                + (targetPage == null
                                        ? ""
                                        : Suggestions.closest(targetPage, index.pageIds())
                                                .map(s -> " (did you mean '" + s + ".md'?)")
                                                .orElse("")));
            }
        }
    }

    private void anchor(
            String pageId,
            String fragment,
            RenderedPage.Link link,
            ContentIndex index,
            Diagnostics diagnostics) {
        if (fragment == null
                || index.hasAnchor(pageId, fragment)
                || index.hasAnchor(pageId, decode(fragment))) {
            return;
        }
        diagnostics.error(
                "broken-anchor",
                link.position(),
                "broken anchor '"
                        + link.raw()
                        + "': no heading '"
                        + fragment
                        + "' in content/"
                        + pageId
                        + ".md"
                        + Suggestions.didYouMean(fragment, index.anchorsOf(pageId)));
    }

    private static String decode(String fragment) {
        try {
            return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment;
        }
    }
}
