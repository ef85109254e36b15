package com.sparkfabrik.handbook.build;

import com.sparkfabrik.handbook.check.ContentLinkCheck;
import com.sparkfabrik.handbook.check.DriftCheck;
import com.sparkfabrik.handbook.check.FactChecks;
import com.sparkfabrik.handbook.check.SiteIndex;
import com.sparkfabrik.handbook.content.ContentReader;
import com.sparkfabrik.handbook.content.FactExpander;
import com.sparkfabrik.handbook.content.MarkdownRenderer;
import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.feed.Feed;
import com.sparkfabrik.handbook.feed.FeedSchema;
import com.sparkfabrik.handbook.feed.FeedWriter;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import com.sparkfabrik.handbook.policy.PolicyValidator;
import com.sparkfabrik.handbook.render.SiteFiles;
import com.sparkfabrik.handbook.render.SiteRenderer;
import com.sparkfabrik.handbook.render.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The pipeline. Everything is gathered and checked in memory; the output is written only at the end. */
public final class Build {

    public BuildResult run(BuildRequest request) throws IOException {
        Diagnostics diagnostics = new Diagnostics(request.severities());
        Optional<Policy> loaded = new PolicyLoader(new PolicyValidator(request.clock())).load(request.source(), diagnostics);
        ContentReader.Content content = new ContentReader().read(request.source(), diagnostics);
        if (loaded.isEmpty()) {
            return new BuildResult(diagnostics, loaded, List.of(), false);
        }
        Policy policy = loaded.get();
        FactExpander expander = new FactExpander(policy);
        MarkdownRenderer markdown = new MarkdownRenderer();
        List<RenderedPage> pages = content.pages().parallelStream()
                .map(page -> markdown.render(page, expander.expand(page, diagnostics), diagnostics))
                .toList();

        SiteIndex index = new SiteIndex(pages, content.assets());
        new ContentLinkCheck().check(pages, index, diagnostics);
        new FactChecks().check(policy, pages, index, diagnostics);
        new DriftCheck(policy).check(content.pages(), diagnostics);

        FeedStage feedStage = new FeedStage();
        Feed feed = feedStage.build(policy, request.baseUrl(), request.previousFeed(), diagnostics);
        SiteFiles files = new SiteRenderer().render(policy, pages, Publication.siteInfo(policy, feed, request));
        files.add("policy.json", new FeedWriter().write(feed));
        files.add(FeedSchema.SITE_PATH, feedStage.schema().publishedBytes());
        Publication.addContentAssets(files, request.source(), content.assets(), diagnostics);
        if (diagnostics.hasErrors() || request.out().isEmpty()) {
            return new BuildResult(diagnostics, loaded, pages, false);
        }
        Path out = request.out().get();
        SiteWriter writer = new SiteWriter();
        writer.recover(out);
        writer.publish(writer.stage(files, out), out);
        return new BuildResult(diagnostics, loaded, pages, true);
    }
}
