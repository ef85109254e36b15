package com.sparkfabrik.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dev server's safety rules, each attacked through a real server on loopback with requests
 * written byte for byte on a socket: Host check, methods, traversal, no listing, nosniff, and a
 * live-reload script that reaches served pages only.
 */
class DevServerTest {

    private static final String SECRET = "root:x:0:0";
    private static final Map<String, byte[]> SITE =
            site(
                    Map.of(
                            "index.html", "<!doctype html><html><body><p>home</p></body></html>",
                            "guides/setup.html",
                                    "<!doctype html><html><body><p>setup</p></body></html>",
                            "assets/style.css", "body { color: black }",
                            "404.html",
                                    "<!doctype html><html><body><p>nothing here</p></body></html>"));

    private static DevServer server;
    private static int port;

    @BeforeAll
    static void start() throws IOException {
        server = new DevServer(InetAddress.getLoopbackAddress(), 0);
        server.show(Optional.of(SITE), List.of());
        server.start();
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        assertTrue(
                server.address().getAddress().isLoopbackAddress(), "bound to " + server.address());
        for (InetAddress other : nonLoopbackAddresses()) {
            try (Socket socket = new Socket()) {
                assertThrows(
                        IOException.class,
                        () -> socket.connect(new InetSocketAddress(other, port), 1_000),
                        "the server answered on " + other);
            }
        }
    }

    @ParameterizedTest(name = "Host: {0}")
    @ValueSource(
            strings = {
                "evil.example",
                "evil.example:%d",
                "localhost.evil.example:%d",
                "127.0.0.1.nip.io:%d",
                "[::1].evil.example",
                "localhost:evil",
                "localhost@evil.example",
                ""
            })
    void foreignHostIsForbidden(String host) {
        RawHttp.Response response = RawHttp.send(port, "GET", "/", host.formatted(port));
        assertEquals(403, response.status());
        assertFalse(response.body().contains("home"), response.body());
    }

    @Test
    void missingHostIsForbidden() {
        assertEquals(403, RawHttp.send(port, "GET", "/", null).status());
    }

    @Test
    void foreignHostGetsNeitherTheEventStreamNorAnyMethodAnswer() {
        assertEquals(403, RawHttp.send(port, "GET", DevServer.EVENTS, "evil.example").status());
        assertEquals(403, RawHttp.send(port, "POST", "/", "evil.example").status());
    }

    @Test
    void absoluteFormTargetIsCheckedLikeTheHostHeader() {
        assertEquals(
                403,
                RawHttp.send(port, "GET", "http://evil.example/index.html", "localhost:" + port)
                        .status());
        assertEquals(
                200,
                RawHttp.send(
                                port,
                                "GET",
                                "http://localhost:" + port + "/index.html",
                                "localhost:" + port)
                        .status());
    }

    @ParameterizedTest(name = "Host: {0}")
    @ValueSource(
            strings = {"localhost:%d", "127.0.0.1:%d", "[::1]:%d", "localhost", "LocalHost:%d"})
    void localHostIsServed(String host) {
        RawHttp.Response response = RawHttp.send(port, "GET", "/", host.formatted(port));
        assertEquals(200, response.status());
        assertTrue(response.body().contains("<p>home</p>"), response.body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"})
    void onlyGetAndHeadAreAllowed(String method) {
        RawHttp.Response response = RawHttp.send(port, method, "/index.html", "localhost:" + port);
        assertEquals(405, response.status());
        assertEquals("GET, HEAD", response.header("Allow"));
    }

    @Test
    void headAnswersWithoutBody() {
        RawHttp.Response response = RawHttp.send(port, "HEAD", "/index.html", "localhost:" + port);
        assertEquals(200, response.status());
        assertEquals("text/html; charset=utf-8", response.header("Content-Type"));
        assertEquals("", response.body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/../pom.xml",
                "/..%2f..%2fetc/passwd",
                "/%2e%2e/",
                "/%2E%2E/%2E%2E/etc/passwd",
                "/a%5c..%5cb",
                "/%00",
                "/index.html%00.css",
                "/./index.html",
                "/assets/../index.html",
                "/assets/%2e%2e/index.html",
                "/%252e%252e/pom.xml",
                "/%c0%ae%c0%ae/pom.xml",
                "/..",
                "/.",
                "/guides/..",
                "/..;/index.html"
            })
    void pathThatCouldClimbOutIsNotFound(String target) {
        RawHttp.Response response = RawHttp.get(port, target);
        assertEquals(404, response.status());
        assertTrue(response.body().contains("nothing here"), response.body());
    }

    /**
     * A raw backslash is not legal in a request target: the server answers 400 before the handler
     * runs (where {@link RequestPaths} would answer 404). Either way, nothing is served.
     */
    @Test
    void backslashPathIsRefused() {
        RawHttp.Response response = RawHttp.get(port, "/a\\..\\b");
        assertTrue(
                response.status() == 400 || response.status() == 404,
                "status " + response.status());
        assertFalse(response.body().contains("home"), response.body());
        assertEquals(Optional.empty(), RequestPaths.resolve("/a\\..\\b"));
        assertEquals(Optional.empty(), RequestPaths.resolve("/guides\\setup.html"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/assets/", "/assets", "/guides/", "/guides"})
    void folderWithoutIndexIsNotListed(String target) {
        RawHttp.Response response = RawHttp.get(port, target);
        assertEquals(404, response.status());
        assertFalse(
                response.body().contains("style.css") || response.body().contains("setup.html"),
                response.body());
    }

    static Stream<String> everyKindOfResponse() {
        return Stream.of(
                "GET / localhost",
                "GET /assets/style.css localhost",
                "GET /missing localhost",
                "GET /__handbook/live.js localhost",
                "HEAD / localhost",
                "POST / localhost",
                "GET / evil.example",
                "GET /%2e%2e/ localhost");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfResponse")
    void everyResponseForbidsSniffing(String request) {
        String[] parts = request.split(" ");
        RawHttp.Response response = RawHttp.send(port, parts[0], parts[1], parts[2]);
        assertEquals(
                "nosniff",
                response.header("X-Content-Type-Options"),
                request + " -> " + response.status());
    }

    @Test
    void eventStreamForbidsSniffing() {
        RawHttp.Response response =
                RawHttp.head(
                        port, "GET " + DevServer.EVENTS + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertEquals(200, response.status());
        assertEquals("text/event-stream; charset=utf-8", response.header("Content-Type"));
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
    }

    @Test
    void liveReloadScriptIsInServedPagesButNeverInTheBuiltSite(@TempDir Path temp)
            throws IOException {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        Path out = temp.resolve("out");
        Fixtures.Run build =
                Fixtures.run("build", "--source", source.toString(), "--out", out.toString());
        assertEquals(0, build.exitCode(), build.err());
        Map<String, byte[]> built = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                assertFalse(
                        text.contains("__handbook") || text.contains("EventSource"),
                        "live reload in " + file);
                built.put(
                        out.relativize(file).toString().replace('\\', '/'),
                        Files.readAllBytes(file));
            }
        }
        try (DevServer served = new DevServer(InetAddress.getLoopbackAddress(), 0)) {
            served.show(Optional.of(built), List.of());
            served.start();
            String tag = "<script src=\"/__handbook/live.js\" data-version=\"1\"></script>\n";
            String page = RawHttp.get(served.port(), "/").body();
            assertEquals(page.indexOf(tag), page.lastIndexOf(tag), "one script tag");
            assertTrue(
                    page.indexOf(tag) >= 0 && page.indexOf(tag) < page.lastIndexOf("</body>"),
                    page);
            assertEquals(
                    new String(built.get("index.html"), StandardCharsets.UTF_8),
                    page.replace(tag, ""));
            assertEquals(
                    new String(built.get("policy.json"), StandardCharsets.UTF_8),
                    RawHttp.get(served.port(), "/policy.json").body());
            RawHttp.Response script = RawHttp.get(served.port(), DevServer.SCRIPT);
            assertEquals("text/javascript; charset=utf-8", script.header("Content-Type"));
            assertTrue(script.body().contains("EventSource"), script.body());
        }
    }

    @Test
    void aFolderMadeAfterTheBuildReplacesItsFilesWithoutAReload() throws Exception {
        try (DevServer served = new DevServer(InetAddress.getLoopbackAddress(), 0)) {
            served.show(
                    Optional.of(
                            site(
                                    Map.of(
                                            "index.html", "<html><body>home</body></html>",
                                            "assets/search/t0.js", "last index",
                                            "assets/search/d9.js", "a chunk no longer made"))),
                    List.of());
            served.start();
            try (EventStream events = EventStream.open(served.port())) {
                assertEquals("1", events.await("hello", Duration.ofSeconds(5)).data());
                served.replaceFolder(
                        "assets/search/", site(Map.of("assets/search/t0.js", "new index")));
                assertEquals(
                        "new index", RawHttp.get(served.port(), "/assets/search/t0.js").body());
                assertEquals(404, RawHttp.get(served.port(), "/assets/search/d9.js").status());
                assertTrue(RawHttp.get(served.port(), "/").body().contains("home"));
                served.show(
                        Optional.of(site(Map.of("index.html", "<html><body>next</body></html>"))),
                        List.of());
                // the next event is the next build's: replacing the folder sent none
                assertEquals("2", events.await("reload", Duration.ofSeconds(5)).data());
                // and the folder's files stay until they are replaced again
                assertEquals(
                        "new index", RawHttp.get(served.port(), "/assets/search/t0.js").body());
                assertTrue(RawHttp.get(served.port(), "/").body().contains("next"));
            }
        }
    }

    @Test
    void failedBuildKeepsServingTheLastGoodBuildAndSendsItsErrors() throws Exception {
        try (DevServer served = new DevServer(InetAddress.getLoopbackAddress(), 0)) {
            served.show(Optional.of(SITE), List.of());
            served.start();
            try (EventStream events = EventStream.open(served.port())) {
                assertEquals("1", events.await("hello", Duration.ofSeconds(5)).data());
                String error = "content/index.md:3:7: error: unknown fact 'x' [fact-ref]";
                served.show(Optional.empty(), List.of(error, "1 error, 0 warnings"));
                assertEquals(
                        error + "\n1 error, 0 warnings",
                        events.await("errors", Duration.ofSeconds(5)).data());
                RawHttp.Response page = RawHttp.get(served.port(), "/");
                assertTrue(
                        page.body().contains("<p>home</p>")
                                && page.body().contains("data-version=\"1\""),
                        page.body());
                try (EventStream late = EventStream.open(served.port())) {
                    assertEquals("1", late.await("hello", Duration.ofSeconds(5)).data());
                    assertEquals(
                            error + "\n1 error, 0 warnings",
                            late.await("errors", Duration.ofSeconds(5)).data());
                }
                served.show(
                        Optional.of(site(Map.of("index.html", "<html><body>fixed</body></html>"))),
                        List.of());
                assertEquals("2", events.await("reload", Duration.ofSeconds(5)).data());
                assertTrue(RawHttp.get(served.port(), "/").body().contains("fixed"));
            }
        }
    }

    @Test
    void hostNameKeepsOnlyAHostFollowedByAPort() {
        assertEquals("localhost", DevServer.hostName("LOCALHOST:8080"));
        assertEquals("[::1]", DevServer.hostName("[::1]:8080"));
        assertEquals("[::1].evil", DevServer.hostName("[::1].evil"));
        assertEquals("localhost:80:80", DevServer.hostName("localhost:80:80"));
    }

    private static Map<String, byte[]> site(Map<String, String> files) {
        Map<String, byte[]> site = new TreeMap<>();
        files.forEach((path, text) -> site.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return site;
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(
                        a ->
                                !a.isLoopbackAddress()
                                        && !a.isLinkLocalAddress()
                                        && a instanceof Inet4Address)
                .toList();
    }
}
