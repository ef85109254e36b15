package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.content.FactMarkup;
import com.sparkfabrik.handbook.content.UseKeys;
import com.sparkfabrik.handbook.policy.Contact;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.Policy;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * For everything a page can use (a fact, a contact, the TL;DR, an area's table, the contacts
 * table), a string that changes exactly when what the page shows of it changes. Positions in
 * policy.yaml are left out: moving a fact re-renders nothing. A page is re-rendered when a key it
 * used is different or gone.
 */
final class RenderKeys {

    private RenderKeys() {}

    static Map<String, String> of(Policy policy) {
        FactMarkup html = new FactMarkup(policy);
        Map<String, String> keys = new HashMap<>();
        for (Fact fact : policy.facts().values()) {
            // the fact's HTML covers its value, statement, level, link, and the facts and contacts
            // it names
            keys.put(
                    fact.id(),
                    html.fact(fact, "")
                            + html.value(fact)
                            + fact.since()
                            + fact.reviewBy()
                            + html.questionsAbout(fact).stream().map(q -> q.id()).toList());
        }
        for (Contact contact : policy.contacts().values()) {
            keys.put(UseKeys.contact(contact.id()), html.contact(contact));
        }
        keys.put(
                UseKeys.TLDR,
                policy.tldrFacts().stream()
                        .map(f -> keys.get(f.id()))
                        .collect(Collectors.joining("\n")));
        keys.put(UseKeys.CONTACTS_TABLE, html.contactsTable());
        keys.put(UseKeys.OPEN_QUESTIONS, html.openQuestions(""));
        // joined once per area: merging fact by fact copied the area's text for every fact
        policy.facts().values().stream()
                .collect(
                        Collectors.groupingBy(
                                Fact::area,
                                Collectors.mapping(
                                        fact -> keys.get(fact.id()), Collectors.joining("\n"))))
                .forEach((area, key) -> keys.put(UseKeys.area(area), key));
        return keys;
    }
}
