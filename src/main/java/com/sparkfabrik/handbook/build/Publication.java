package com.sparkfabrik.handbook.build;

import com.sparkfabrik.handbook.content.ContentReader;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
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

    static SiteInfo siteInfo(Policy policy, BuildRequest request) {
        return new SiteInfo(policy.info().title(), policy.info().status(), "unversioned", request.baseUrl());
    }

    /** Copies the files under content/ that are not pages; a name the site itself uses is an error. */
    static void addContentAssets(SiteFiles files, Path source, List<String> assets, Diagnostics diagnostics) throws IOException {
        for (String asset : assets) {
            if (files.contains(asset)) {
                diagnostics.error("content", SourcePosition.of(ContentReader.DIR + "/" + asset),
                        "this file would overwrite the site's own '" + asset + "': rename it");
            } else if (files.clashes(asset)) {
                diagnostics.error("content", SourcePosition.of(ContentReader.DIR + "/" + asset),
                        "this file and a folder of the site's own output would have the same name: rename it");
            } else {
                files.add(asset, Files.readAllBytes(source.resolve(ContentReader.DIR).resolve(asset)));
            }
        }
    }
}
