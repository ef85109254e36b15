package com.sparkfabrik.handbook.build;

import com.sparkfabrik.handbook.content.ContentReader;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.feed.Feed;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.render.SiteFiles;
import com.sparkfabrik.handbook.render.SiteInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The parts of publishing that read the source folder again: content assets, and the site's identity. */
final class Publication {

    private Publication() {
    }

    /** The footer shows the start of the feed's revision, enough to tell two versions apart. */
    static SiteInfo siteInfo(Policy policy, Feed feed, BuildRequest request) {
        String revision = feed.revision().substring(0, Math.min(feed.revision().length(), "sha256:".length() + 12));
        return new SiteInfo(policy.info().title(), policy.info().status(), revision, request.baseUrl());
    }

    /** Copies the files under content/ that are not pages; a name the site itself uses is an error. */
    static void addContentAssets(SiteFiles files, Path source, List<String> assets, Diagnostics diagnostics) throws IOException {
        for (String asset : assets) {
            if (files.contains(asset)) {
                diagnostics.error("content", SourcePosition.of(ContentReader.DIR + "/" + asset),
                        "this file would overwrite the site's own '" + asset + "': rename it");
            } else {
                files.add(asset, Files.readAllBytes(source.resolve(ContentReader.DIR).resolve(asset)));
            }
        }
    }
}
