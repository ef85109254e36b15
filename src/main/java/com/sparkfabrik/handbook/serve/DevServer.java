package com.sparkfabrik.handbook.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Serves the last good build from memory. Loopback only unless told otherwise; GET and HEAD only;
 * no directory listing; paths that could climb out get 404; a Host other than the local names gets
 * 403 (DNS rebinding); a small live-reload script is injected into served pages only. One thread
 * answers everything without blocking, within {@link ServerBounds}: slow or stalled clients cost
 * neither threads nor unbounded memory, and a normal request is answered all the while.
 */
public final class DevServer implements AutoCloseable {

    static final String EVENTS = "/__handbook/events";
    static final String SCRIPT = "/__handbook/live.js";

    /** The pages' own policy (see the layout), plus the live-reload connection. */
    static final String CSP =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:;"
                    + " media-src 'self' https:; object-src 'none'; frame-src 'none';"
                    + " base-uri 'none'; form-action 'none'";

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Map<String, String> TYPES =
            Map.of(
                    "html",
                    "text/html; charset=utf-8",
                    "css",
                    "text/css; charset=utf-8",
                    "js",
                    "text/javascript; charset=utf-8",
                    "json",
                    "application/json",
                    "xml",
                    "application/xml",
                    "svg",
                    "image/svg+xml",
                    "png",
                    "image/png",
                    "jpg",
                    "image/jpeg",
                    "gif",
                    "image/gif",
                    "webp",
                    "image/webp");

    private final EventLoop loop;
    private final LiveReload liveReload;
    private final byte[] script;
    private final Set<String> allowedHosts;
    private Snapshot snapshot = Snapshot.empty();

    public DevServer(InetAddress address, int port) throws IOException {
        this(address, port, ServerBounds.DEFAULT);
    }

    DevServer(InetAddress address, int port, ServerBounds bounds) throws IOException {
        try (InputStream in =
                DevServer.class.getClassLoader().getResourceAsStream("serve/live.js")) {
            script = in.readAllBytes();
        }
        allowedHosts =
                address.isLoopbackAddress()
                        ? LOCAL_HOSTS
                        : Set.of("localhost", "127.0.0.1", "[::1]", address.getHostAddress());
        liveReload = new LiveReload(bounds.maxStreams());
        loop = new EventLoop(new InetSocketAddress(address, port), bounds, this::handle);
    }

    public void start() {
        loop.start();
    }

    public int port() {
        return loop.address().getPort();
    }

    InetSocketAddress address() {
        return loop.address();
    }

    /**
     * Shows a new build: its files if it succeeded, its errors over the last good files if not.
     * Requests that arrive after this call see it.
     */
    public void show(Optional<Map<String, byte[]>> files, List<String> errors) {
        loop.execute(
                () -> {
                    Snapshot old = snapshot;
                    snapshot =
                            files.map(f -> old.withFiles(f, errors))
                                    .orElseGet(() -> old.withErrors(errors));
                    liveReload.publish(snapshot);
                });
    }

    /**
     * Replaces the files under {@code folder} (like {@code assets/search/}) with {@code files},
     * without a reload: for files a page asks for only when used, made after the build was shown.
     */
    public void replaceFolder(String folder, Map<String, byte[]> files) {
        loop.execute(
                () -> {
                    snapshot = snapshot.withFolder(folder, files);
                });
    }

    /** Answers on the event loop's thread, from memory. */
    private void handle(Optional<HttpRequest> parsed, Connection connection) {
        if (parsed.isEmpty()) {
            respond(connection, reply(HttpReply.text(400)), "bad request\n", false);
            return;
        }
        HttpRequest request = parsed.get();
        boolean head = request.method().equals("HEAD");
        if (!allowedHosts.contains(hostName(request.host()))) {
            respond(connection, reply(HttpReply.text(403)), "forbidden host\n", head);
            return;
        }
        if (!head && !request.method().equals("GET")) {
            respond(
                    connection,
                    reply(HttpReply.text(405)).header("Allow", "GET, HEAD"),
                    "method not allowed\n",
                    false);
            return;
        }
        String rawPath = request.rawPath();
        if (EVENTS.equals(rawPath) && !head) {
            liveReload.open(
                    connection,
                    reply(new HttpReply(200))
                            .header("Content-Type", "text/event-stream; charset=utf-8"));
            return;
        }
        if (SCRIPT.equals(rawPath)) {
            respond(connection, typed(200, TYPES.get("js")), script, head);
            return;
        }
        Snapshot current = snapshot;
        Optional<String> path = RequestPaths.resolve(rawPath);
        byte[] body = path.map(current::file).orElse(null);
        if (body == null) {
            byte[] notFound =
                    Objects.requireNonNullElse(
                            current.file("404.html"),
                            "not found\n".getBytes(StandardCharsets.UTF_8));
            respond(
                    connection,
                    typed(404, TYPES.get("html")),
                    inject(notFound, current.version()),
                    head);
            return;
        }
        String type = TYPES.getOrDefault(extension(path.get()), "application/octet-stream");
        respond(
                connection,
                typed(200, type),
                type.startsWith("text/html") ? inject(body, current.version()) : body,
                head);
    }

    /** The headers of every response, the event stream's included. */
    private static HttpReply reply(HttpReply reply) {
        // the pages carry the same policy; as a header it also covers every other file
        return reply.header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CSP)
                .header("Cache-Control", "no-store");
    }

    private static HttpReply typed(int status, String type) {
        return reply(new HttpReply(status).header("Content-Type", type));
    }

    private static void respond(Connection connection, HttpReply reply, String text, boolean head) {
        respond(connection, reply, text.getBytes(StandardCharsets.UTF_8), head);
    }

    private static void respond(Connection connection, HttpReply reply, byte[] body, boolean head) {
        connection.reply(reply.bytes(body, head));
    }

    /**
     * The live-reload script goes before {@code </body>} of served pages, never into site/. It
     * carries the build the page came from, so a page whose event stream opens only after a newer
     * build reloads instead of staying stale.
     */
    private static byte[] inject(byte[] html, long version) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String tag = "<script src=\"" + SCRIPT + "\" data-version=\"" + version + "\"></script>\n";
        return (end < 0 ? page + tag : page.substring(0, end) + tag + page.substring(end))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The host part of a Host header, lower-cased; anything after it other than a port keeps the
     * whole value, which then matches no allowed name ({@code [::1].evil.example}, {@code
     * localhost:x}).
     */
    static String hostName(String host) {
        if (host == null) {
            return "";
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        int end =
                h.startsWith("[")
                        ? h.indexOf(']') + 1
                        : h.indexOf(':') < 0 ? h.length() : h.indexOf(':');
        if (end == 0 || !h.substring(end).matches("(:[0-9]{0,5})?")) {
            return h;
        }
        return h.substring(0, end);
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        loop.close();
    }
}
