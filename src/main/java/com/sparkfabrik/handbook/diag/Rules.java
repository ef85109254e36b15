package com.sparkfabrik.handbook.diag;

import java.util.Set;
import java.util.TreeSet;

/** Every rule id a diagnostic can carry: what {@code --severity RULE=LEVEL} may name. */
public final class Rules {

    public static final Set<String> ALL =
            Set.copyOf(
                    new TreeSet<>(
                            Set.of(
                                    "yaml",
                                    "schema",
                                    "content",
                                    "asset",
                                    "path",
                                    "front-matter",
                                    "template",
                                    "markdown",
                                    "fact-ref",
                                    "contact-ref",
                                    "duplicate-value",
                                    "detail-page",
                                    "detail-anchor",
                                    "fact-value",
                                    "broken-link",
                                    "broken-anchor",
                                    "broken-image",
                                    "unsafe-link",
                                    "empty-link",
                                    "external-link",
                                    "drift",
                                    "review-expired",
                                    "review-soon",
                                    "unused-fact",
                                    "open-question",
                                    "duplicate-heading",
                                    "feed-schema",
                                    "feed-compat",
                                    "history")));

    private Rules() {}
}
