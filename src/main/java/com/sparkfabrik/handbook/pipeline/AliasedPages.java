package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.content.RenderedPage;
import java.util.List;

/**
 * The pages that have earlier URLs (aliases), each of which gets a redirect page: most sites have
 * few or none, so a run that keeps every page looks only at the pages that are not the very ones
 * the last run had at their places.
 */
final class AliasedPages {

    /** The last run's pages, and those of them with aliases. */
    private record Run(List<RenderedPage> pages, List<RenderedPage> aliased) {}

    private static final Object RUN = Memo.slot("aliases", "last run");

    private AliasedPages() {}

    static List<RenderedPage> of(Memo memo, List<RenderedPage> pages) {
        Run last = memo.lastRun(RUN, Run.class);
        List<RenderedPage> aliased =
                last != null
                                && Places.alike(
                                        last.pages(),
                                        pages,
                                        (was, now) ->
                                                was.source().aliases().isEmpty()
                                                        && now.source().aliases().isEmpty())
                        ? last.aliased()
                        : pages.stream()
                                .filter(page -> !page.source().aliases().isEmpty())
                                .toList();
        memo.put(RUN, pages, new Run(pages, aliased));
        return aliased;
    }
}
