package com.sparkfabrik.handbook.content;

import java.util.Map;

/**
 * The functions a page may call, by name: what each takes, and what it asks of the page's scope.
 * Both ways of evaluating a page use this one table: the direct scanner ({@link FactScanner}) and
 * the template engine ({@link FactFunction}).
 */
final class PageFunctions {

    /** What a function does with its argument (null when it takes none), at a source position. */
    interface Body {
        String apply(PageScope scope, String argument, PageScope.At at);
    }

    /** A function; {@code argumentName} is null for one that takes no argument. */
    record Spec(String name, String argumentName, Body body) {}

    static final Map<String, Spec> ALL =
            Map.of(
                    "value", new Spec("value", "id", PageScope::value),
                    "statement", new Spec("statement", "id", PageScope::statement),
                    "fact", new Spec("fact", "id", PageScope::fact),
                    "contact", new Spec("contact", "id", PageScope::contact),
                    "tldr", new Spec("tldr", null, (s, a, at) -> s.tldr(at)),
                    "facts_table", new Spec("facts_table", "area", PageScope::factsTable),
                    "contacts_table",
                            new Spec("contacts_table", null, (s, a, at) -> s.contactsTable(at)),
                    "open_questions",
                            new Spec("open_questions", null, (s, a, at) -> s.openQuestions(at)));

    private PageFunctions() {}
}
