package com.sparkfabrik.handbook.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The edits {@link IncrementalBuildTest} makes to a copy of the full fixture, one at random per
 * step. A fact edit that leaves every page's Markdown as it was only fills its tokens again, so the
 * fact edits reach each place a value can show: inline, in a table, in code, in a generated block,
 * in a link's title and an image's text, and in a heading, whose id a value changes (also to one
 * that collides with another heading's); and a fact removed and restored changes the Markdown. A
 * page edit may also add or drop a link to a part of the page it does not have, a fact no other
 * page shows, or an earlier URL.
 */
final class RandomEdits {

    private static final List<String> SURFACES =
            List.of("[terminal, IDE]", "[terminal, \"a | b\", \"*web*  chat\"]", "[web chat]");
    private static final List<String> ALIASES =
            List.of("tool-personal", "More", "Tool  Personal", "a <b> & `c`");

    private RandomEdits() {}

    /** One random edit; returns the changed paths as the watcher would report them. */
    static Set<String> edit(Path source, Random random) throws IOException {
        Path policy = source.resolve("policy.yaml");
        Path quota = source.resolve("content/quota.md");
        Path extra = source.resolve("content/guides/extra.md");
        switch (random.nextInt(15)) {
            case 0 ->
                    replace(
                            policy,
                            "value: \"5h\"",
                            "value: \"" + (1 + random.nextInt(9)) + "h\"",
                            "value: \"[0-9]h\"");
            case 1 ->
                    replace(
                            policy,
                            "value: \"/quota --week\"",
                            "value: \"/quota --w" + random.nextInt(5) + "\"",
                            "value: \"/quota --w[a-z0-9]+\"");
            case 2 -> {
                Files.writeString(
                        quota,
                        Files.readString(quota)
                                + "\nA new paragraph "
                                + random.nextInt(100)
                                + ".\n");
                return Set.of("content/quota.md");
            }
            case 3 -> {
                Files.writeString(
                        extra,
                        "---\ntitle: Extra "
                                + random.nextInt(3)
                                + "\n---\n\n## {{ value('setup.alias') }} alias\n\n## More\n\n"
                                + "See [quota](../quota.md#checking \"{{ value('setup.alias') }}\")"
                                + " and {{ value('setup.alias') }}.\n\n"
                                + "![{{ value('setup.alias') }}](../assets/pool.svg)\n");
                return Set.of("content/guides/extra.md");
            }
            case 4 -> {
                Files.deleteIfExists(extra);
                return Set.of("content/guides/extra.md");
            }
            case 5 -> {
                // break a reference, or mend it
                String text = Files.readString(quota);
                Files.writeString(
                        quota,
                        text.contains("quota.windw")
                                ? text.replace("quota.windw", "quota.window")
                                : text.replaceFirst("quota\\.window", "quota.windw"));
                return Set.of("content/quota.md");
            }
            case 6 -> toggle(policy, "tldr_order: 1\n", "tldr_order: 9\n");
            case 7 -> {
                toggle(quota, "## Checking\n", "## Checking usage\n");
                return Set.of("content/quota.md");
            }
            case 8 ->
                    replace(
                            policy,
                            "value: [terminal, IDE, web chat]",
                            "value: " + SURFACES.get(random.nextInt(SURFACES.size())),
                            "value: \\[(terminal|web chat).*\\]");
            case 9 ->
                    replace(
                            policy,
                            "value: Tool via provisioner\n",
                            "value: \"Tool  via provisioner " + random.nextInt(3) + "\"\n",
                            "value: \"Tool  via provisioner [0-9]\"\n");
            case 10 ->
                    replace(
                            policy,
                            "value: tool-personal\n",
                            "value: \"" + ALIASES.get(random.nextInt(ALIASES.size())) + "\"\n",
                            "value: \"(tool-personal|More|Tool  Personal|a <b> & `c`)\"\n");
            case 11 -> {
                // a link to a part the page does not have, or not: its own anchors stay as they are
                String text = Files.readString(quota);
                String link = "\nSee [the rest](#no-such-part).\n";
                Files.writeString(
                        quota, text.contains(link) ? text.replace(link, "") : text + link);
                return Set.of("content/quota.md");
            }
            case 12 -> {
                // a page shows a fact no page showed, or stops
                toggle(quota, "## One pool\n", "## One pool\n\n{{ value('harness.other') }}\n");
                return Set.of("content/quota.md");
            }
            case 13 -> {
                // a page gets an earlier URL, which redirects to it, or loses it
                toggle(quota, "weight: 10\n", "weight: 10\naliases: [old-quota]\n");
                return Set.of("content/quota.md");
            }
            default -> toggle(policy, "  setup.alias:\n", "  setup.alias-gone:\n");
        }
        return Set.of("policy.yaml");
    }

    /** Replaces {@code from} (or, once changed, what matches {@code current}) by {@code to}. */
    private static void replace(Path file, String from, String to, String current)
            throws IOException {
        String text = Files.readString(file);
        String next = text.contains(from) ? text.replace(from, to) : text.replaceFirst(current, to);
        Files.writeString(file, next);
    }

    /** Replaces {@code one} by {@code other}, or back. */
    private static void toggle(Path file, String one, String other) throws IOException {
        String text = Files.readString(file);
        Files.writeString(
                file, text.contains(one) ? text.replace(one, other) : text.replace(other, one));
    }
}
