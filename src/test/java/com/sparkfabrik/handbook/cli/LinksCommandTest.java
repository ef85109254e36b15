package com.sparkfabrik.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.cli.CommandRunner.Result;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code links PATH}: exit codes, output formats, single-file mode, and the options. */
class LinksCommandTest {

    @TempDir Path dir;

    private static Path fixture(String name) {
        try {
            return Path.of(LinksCommandTest.class.getResource("/links/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void aSiteWithoutBrokenLinksExitsZero() {
        Result result = CommandRunner.links(fixture("valid/html").toString());

        assertEquals(new Result(0, "", "0 errors, 0 warnings\n"), result);
    }

    @Test
    void brokenLinksExitOneAndArePrintedAsTheContractSays() throws IOException {
        Result result = CommandRunner.links(fixture("broken/html").toString());

        assertEquals(new Result(1, "", Files.readString(fixture("broken/expected.txt"))), result);
    }

    @Test
    void aMissingPathIsABadCommandLine() {
        Result result = CommandRunner.links();

        assertEquals(2, result.exitCode());
        assertTrue(
                result.err()
                        .equals(
                                "error: Missing required parameter: 'PATH'\n"
                                        + "Run 'handbook links --help' for the options.\n"),
                result.err());
    }

    @Test
    void aPathThatDoesNotExistIsABadCommandLine() {
        Result result = CommandRunner.links(dir.resolve("nowhere").toString());

        assertEquals(2, result.exitCode());
        assertTrue(
                result.err()
                        .startsWith("error: PATH does not exist: " + dir.resolve("nowhere") + "\n"),
                result.err());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "--format=xml",
                "--cache-ttl=soon",
                "--timeout=x",
                "--no-such-option",
                "--root=/nowhere/at/all"
            })
    void badOptionsAreABadCommandLine(String option) throws IOException {
        write("index.html", "<p>hi</p>");

        Result result = CommandRunner.links(option, dir.toString());

        assertEquals(2, result.exitCode(), result.err());
    }

    @Test
    void aSingleFileIsCheckedAloneAndItsTargetsMayLieElsewhere() throws IOException {
        Path page =
                write(
                        "notes/today.html",
                        "<a href=\"../manual/guide.html#setup\">ok</a>\n"
                                + "<a href=\"../manual/guide.html#gone\">gone</a>\n<a href=\"/root.html\">root</a>");
        write("notes/other.html", "<a href=\"broken.html\">not checked</a>");
        write("notes/root.html", "root");
        write("manual/guide.html", "<h2 id=\"setup\">Setup</h2>");

        Result result = CommandRunner.links(page.toString());

        assertEquals(
                new Result(
                        1,
                        "",
                        "today.html:2:10: error: broken link '../manual/guide.html#gone': "
                                + "no id or name 'gone' in ../manual/guide.html [broken-anchor]\n1 error, 0 warnings\n"),
                result);
    }

    @Test
    void rootRelativeLinksResolveAgainstTheRootOption() throws IOException {
        Path page = write("site/docs/page.html", "<a href=\"/index.html\">home</a>");
        write("site/index.html", "home");

        Result withoutRoot = CommandRunner.links(page.toString());
        Result withRoot =
                CommandRunner.links(page.toString(), "--root", dir.resolve("site").toString());

        assertEquals(
                new Result(
                        1,
                        "",
                        "page.html:1:10: error: broken link '/index.html': index.html does not exist "
                                + "[broken-link]\n1 error, 0 warnings\n"),
                withoutRoot);
        assertEquals(new Result(0, "", "0 errors, 0 warnings\n"), withRoot);
    }

    @Test
    void jsonFormatPrintsOneDocument() throws IOException {
        write("index.html", "<a href=\"gone.html\">x</a>");

        Result result = CommandRunner.links("--format", "json", dir.toString());

        assertEquals(
                new Result(
                        1,
                        "",
                        "{\"diagnostics\":[{\"file\":\"index.html\",\"line\":1,\"column\":10,"
                                + "\"severity\":\"error\",\"rule\":\"broken-link\",\"message\":\"broken link 'gone.html': gone.html "
                                + "does not exist\"}],\"errors\":1,\"warnings\":0}\n"),
                result);
    }

    @Test
    void sarifFormatPrintsASarifLog() throws IOException {
        write("index.html", "<a href=\"#gone\">x</a>");

        Result result = CommandRunner.links("--format=SARIF", dir.toString());

        assertEquals(1, result.exitCode());
        assertTrue(
                result.err().startsWith("{\"$schema\":\"https://docs.oasis-open.org/sarif/"),
                result.err());
        assertTrue(
                result.err()
                        .contains(
                                "\"results\":[{\"ruleId\":\"broken-anchor\",\"ruleIndex\":0,\"level\":\"error\","
                                        + "\"message\":{\"text\":\"broken link '#gone': no id or name 'gone' in index.html\"},\"locations\":[{"
                                        + "\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"index.html\"},\"region\":{\"startLine\":1,"
                                        + "\"startColumn\":10}}}]}]"),
                result.err());
    }

    @Test
    void onGitHubActionsAnnotationsFollowTheTextLines() throws IOException {
        write("index.html", "<a href=\"gone.html\">x</a>");

        Result result =
                CommandRunner.links(
                        Map.of("GITHUB_ACTIONS", "true"), Clock.systemUTC(), dir.toString());

        assertEquals(
                new Result(
                        1,
                        "",
                        """
                index.html:1:10: error: broken link 'gone.html': gone.html does not exist [broken-link]
                ::error file=index.html,line=1,col=10,title=broken-link::broken link 'gone.html': gone.html does not exist
                1 error, 0 warnings
                """),
                result);
    }

    @Test
    void optionsChangeThePolicies() throws IOException {
        write(
                "index.html",
                "<a href=\"#\">top</a> <a href=\"guide/setup\">setup</a> <a href=\"\">self</a>\n"
                        + "<a href=\"guide\">guide</a> <a>none</a> <pre><a href=\"gone.html\">x</a></pre> <a href=\"docs/\">d</a>");
        write("guide/index.html", "guide");
        write("guide/setup.html", "setup");
        write("docs/index.htm", "docs");

        Result defaults = CommandRunner.links(dir.toString());
        Result strict =
                CommandRunner.links(
                        dir.toString(),
                        "--hash-href-error",
                        "--empty-href-error",
                        "--missing-href-error",
                        "--require-trailing-slash",
                        "--skip-verbatim");
        Result lenient =
                CommandRunner.links(
                        dir.toString(),
                        "--fallback-extension",
                        "html",
                        "--index-file",
                        "index.html",
                        "--index-file",
                        "index.htm",
                        "--skip-verbatim");

        assertEquals(
                new Result(
                        1,
                        "",
                        """
                index.html:1:30: error: broken link 'guide/setup': guide/setup does not exist [broken-link]
                index.html:2:53: error: broken link 'gone.html': gone.html does not exist [broken-link]
                index.html:2:85: error: broken link 'docs/': directory docs/ has no index.html [broken-link]
                3 errors, 0 warnings
                """),
                defaults);
        assertEquals(
                new Result(
                        1,
                        "",
                        """
                index.html:1:10: error: empty link '#': '#' goes nowhere [empty-link]
                index.html:1:30: error: broken link 'guide/setup': guide/setup does not exist [broken-link]
                index.html:1:56: error: empty link '': href is empty [empty-link]
                index.html:2:10: error: broken link 'guide': guide is a directory: link to guide/ [broken-link]
                index.html:2:27: error: empty link '': <a> has no href [empty-link]
                index.html:2:85: error: broken link 'docs/': directory docs/ has no index.html [broken-link]
                6 errors, 0 warnings
                """),
                strict);
        assertEquals(new Result(0, "", "0 errors, 0 warnings\n"), lenient);
    }

    @Test
    void helpIsPrintedToStandardOutput() {
        Result result = CommandRunner.links("--help");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("Usage: handbook links "), result.out());
        assertTrue(
                result.out().contains("Exit codes:\n  0   success (warnings allowed)\n"),
                result.out());
        assertTrue(result.out().contains("--external-warn"), result.out());
    }
}
