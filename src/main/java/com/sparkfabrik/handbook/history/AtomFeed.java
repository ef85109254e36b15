package com.sparkfabrik.handbook.history;

import com.sparkfabrik.handbook.policy.Contact;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.Policy;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The Atom 1.0 feed (RFC 4287) of policy changes, {@value #SITE_PATH}: one entry per commit that
 * changed facts, newest first. Atom wants absolute links, so it is only made with the site's base
 * URL. Entry ids are name-based UUIDs of the policy id and the full commit id: stable whatever the
 * base URL and however often the site is rebuilt. Times are the commits' own, in UTC.
 */
public final class AtomFeed {

    public static final String SITE_PATH = "changes.xml";
    public static final String PAGE_PATH = "changes.html";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    /** The feed's bytes; {@code baseUrl} ends with a slash, {@code history} has commits. */
    public static byte[] write(History history, Policy policy, String baseUrl) {
        List<PolicyCommit> commits = history.commits();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml =
                    XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", urn(policy.info().id(), "changes"));
            element(xml, "title", policy.info().title() + ": policy changes");
            element(xml, "updated", time(commits.get(0).time()));
            link(xml, "self", "application/atom+xml", baseUrl + SITE_PATH);
            link(xml, "alternate", "text/html", baseUrl + PAGE_PATH);
            newline(xml);
            xml.writeStartElement("author");
            element(xml, "name", owner(policy));
            newline(xml);
            xml.writeEndElement();
            for (PolicyCommit commit : commits) {
                entry(xml, commit, policy, baseUrl);
            }
            newline(xml);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, PolicyCommit commit, Policy policy, String base)
            throws XMLStreamException {
        newline(xml);
        xml.writeStartElement("entry");
        element(xml, "id", urn(policy.info().id(), commit.id()));
        element(xml, "title", title(commit));
        element(xml, "updated", time(commit.time()));
        link(xml, "alternate", "text/html", base + PAGE_PATH + "#change-" + commit.shortId());
        newline(xml);
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(contentHtml(commit, policy, base));
        xml.writeEndElement();
        newline(xml);
        xml.writeEndElement();
    }

    private static String title(PolicyCommit commit) {
        if (commit.first()) {
            return "First version of the policy, with " + commit.changes().size() + " facts";
        }
        return commit.changes().stream()
                .map(c -> c.kind().label() + " " + c.id())
                .collect(Collectors.joining(", ", "Policy changed: ", ""));
    }

    /** The change list as HTML (Atom escapes it once more as text). */
    private static String contentHtml(PolicyCommit commit, Policy policy, String base) {
        StringBuilder html = new StringBuilder("<ul>");
        for (FactChange c : commit.changes()) {
            Optional<Fact> fact =
                    c.kind() == FactChange.Kind.REMOVED ? Optional.empty() : policy.fact(c.id());
            String id = "<code>" + escape(c.id()) + "</code>";
            html.append("<li>").append(escape(c.kind().label())).append(' ');
            html.append(
                    fact.map(
                                    f ->
                                            "<a href=\""
                                                    + escape(
                                                            base + f.page() + ".html#" + f.anchor())
                                                    + "\">"
                                                    + id
                                                    + "</a>")
                            .orElse(id));
            if (c.kind() == FactChange.Kind.CHANGED
                    && !c.before().get().value().equals(c.after().get().value())) {
                html.append(": ")
                        .append(escape(c.before().get().valueText()))
                        .append(" → ")
                        .append(escape(c.after().get().valueText()));
            }
            html.append(" — ")
                    .append(escape(c.after().or(c::before).orElseThrow().statement()))
                    .append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private static String owner(Policy policy) {
        Contact owner = policy.contacts().get(policy.info().owner());
        return owner == null ? policy.info().owner() : owner.name();
    }

    private static String urn(String policyId, String name) {
        UUID uuid =
                UUID.nameUUIDFromBytes((policyId + "\n" + name).getBytes(StandardCharsets.UTF_8));
        return "urn:uuid:" + uuid;
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static void element(XMLStreamWriter xml, String name, String text)
            throws XMLStreamException {
        newline(xml);
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href)
            throws XMLStreamException {
        newline(xml);
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void newline(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
