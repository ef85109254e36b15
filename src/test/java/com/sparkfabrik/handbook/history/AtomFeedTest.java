package com.sparkfabrik.handbook.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * changes.xml parsed as XML and held to RFC 4287: the feed and every entry have exactly one id (an
 * absolute IRI), title and updated (an RFC 3339 date-time); the feed has an author and a self link;
 * every entry an alternate link or content; entry ids are stable across rebuilds.
 */
class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void theFeedParsesAndHasEveryRequiredElement(@TempDir Path temp) throws Exception {
        try (GitRepo repo = WhatChangedSiteTest.threeCommits(temp.resolve("handbook"))) {
            Path out = temp.resolve("site");
            Fixtures.Run run =
                    WhatChangedSiteTest.build(
                            repo.root(), out, "--base-url", WhatChangedSiteTest.BASE);
            assertEquals(0, run.exitCode(), run.err());
            Element feed = parse(out.resolve("changes.xml")).getDocumentElement();
            assertEquals(ATOM, feed.getNamespaceURI());
            assertEquals("feed", feed.getLocalName());
            requireOneOfEach(feed, "id", "title", "updated");
            assertEquals(1, children(feed, "author").size());
            assertEquals(1, children(children(feed, "author").get(0), "name").size());
            assertEquals(
                    WhatChangedSiteTest.BASE + "changes.xml",
                    link(feed, "self").getAttribute("href"));

            List<Element> entries = children(feed, "entry");
            assertEquals(3, entries.size());
            List<String> ids = new ArrayList<>();
            for (Element entry : entries) {
                requireOneOfEach(entry, "id", "title", "updated");
                ids.add(text(entry, "id"));
                String alternate = link(entry, "alternate").getAttribute("href");
                assertTrue(URI.create(alternate).isAbsolute(), alternate);
                assertTrue(alternate.startsWith(WhatChangedSiteTest.BASE + "changes.html#change-"));
                assertEquals("html", children(entry, "content").get(0).getAttribute("type"));
            }
            assertEquals(text(feed, "updated"), text(entries.get(0), "updated"));
            assertEquals("2026-03-03T09:30:00Z", text(entries.get(0), "updated"));
            assertEquals(
                    "Policy changed: changed limits.weekly-window", text(entries.get(1), "title"));
            assertTrue(
                    text(entries.get(1), "content")
                            .contains(
                                    "<a href=\""
                                            + WhatChangedSiteTest.BASE
                                            + "index.html#limits\">"),
                    text(entries.get(1), "content"));
            assertEquals(3, ids.stream().distinct().count());

            Path again = temp.resolve("again");
            WhatChangedSiteTest.build(
                    repo.root(), again, "--base-url", "https://elsewhere.example/");
            List<String> idsAgain = new ArrayList<>();
            for (Element entry :
                    children(parse(again.resolve("changes.xml")).getDocumentElement(), "entry")) {
                idsAgain.add(text(entry, "id"));
            }
            assertEquals(ids, idsAgain, "entry ids do not depend on the base URL or the build");
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(Files.newInputStream(file));
    }

    private static void requireOneOfEach(Element parent, String... names) {
        for (String name : names) {
            List<Element> found = children(parent, name);
            assertEquals(1, found.size(), parent.getLocalName() + " needs exactly one " + name);
            String text = found.get(0).getTextContent();
            assertTrue(!text.isBlank(), name + " is empty");
            if (name.equals("id")) {
                assertTrue(URI.create(text).isAbsolute(), "id must be an absolute IRI: " + text);
            }
            if (name.equals("updated")) {
                OffsetDateTime.parse(text);
            }
        }
    }

    private static Element link(Element parent, String rel) {
        return children(parent, "link").stream()
                .filter(l -> l.getAttribute("rel").equals(rel))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no link rel=" + rel));
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && ATOM.equals(e.getNamespaceURI())
                    && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
