package com.sparkfabrik.handbook.check;

import static com.sparkfabrik.handbook.check.TestSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file checked alone: only its links, whose targets may lie anywhere on disk. */
class SingleFileTest {

    @TempDir Path disk;

    @Test
    void targetsOutsideTheFilesFolderAreFoundOnDiskWithTheirAnchors() {
        TestSites.write(
                disk,
                Map.of(
                        "notes/today.html",
                                page(
                                        """
                        <a href="../manual/guide.html#setup">ok</a>
                        <a href="../manual/guide.html#gone">anchor gone</a>
                        <a href="../manual/missing.html">file gone</a>
                        <a href="../manual/">index elsewhere</a>
                        <a href="/local.html">root-relative</a>
                        <img src="../manual/img/pic.png" alt="">"""),
                        "notes/other.html",
                                page("<a href=\"gone.html\">not checked: another file</a>"),
                        "notes/local.html", page("local"),
                        "manual/guide.html", page("<h2 id=\"setup\">Setup</h2>"),
                        "manual/index.html", page("index"),
                        "manual/img/pic.png", "x"));
        Path notes = disk.resolve("notes");

        LinkCheckResult result =
                LinkChecker.check(
                        notes, List.of(notes.resolve("today.html")), LinkCheckOptions.defaults());

        assertEquals(1, result.pages());
        assertEquals(
                List.of(
                        "today.html:3:10: error: broken link '../manual/guide.html#gone': no id or name 'gone' in ../manual/guide.html [broken-anchor]",
                        "today.html:4:10: error: broken link '../manual/missing.html': ../manual/missing.html does not exist [broken-link]"),
                TestSites.lines(result.problems()));
    }

    @Test
    void rootRelativeLinksResolveAgainstAChosenRoot() {
        TestSites.write(
                disk,
                Map.of(
                        "site/docs/page.html",
                                page(
                                        "<a href=\"/index.html#home\">home</a> <a href=\"/docs/gone.html\">gone</a>"),
                        "site/index.html", page("<h1 id=\"home\">home</h1>")));
        Path site = disk.resolve("site");

        LinkCheckResult result =
                LinkChecker.check(
                        site, List.of(site.resolve("docs/page.html")), LinkCheckOptions.defaults());

        assertEquals(
                List.of(
                        "docs/page.html:2:46: error: broken link '/docs/gone.html': docs/gone.html does not exist [broken-link]"),
                TestSites.lines(result.problems()));
    }

    @Test
    void aFolderOutsideTheRootIsCheckedWithPathsRelativeToTheRoot() {
        TestSites.write(
                disk,
                Map.of(
                        "root/index.html", page("<h1 id=\"home\">home</h1>"),
                        "elsewhere/page.html",
                                page(
                                        "<a href=\"/index.html#home\">ok</a> <a href=\"/index.html#nope\">nope</a>")));

        LinkCheckResult result =
                LinkChecker.checkFolder(
                        disk.resolve("elsewhere"),
                        disk.resolve("root"),
                        LinkCheckOptions.defaults());

        assertEquals(
                List.of(
                        "../elsewhere/page.html:2:44: error: broken link '/index.html#nope': no id or name 'nope' in index.html [broken-anchor]"),
                TestSites.lines(result.problems()));
    }
}
