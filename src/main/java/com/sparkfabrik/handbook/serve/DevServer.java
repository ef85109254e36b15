package com.sparkfabrik.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the last good build from memory. Loopback only unless told otherwise; GET and HEAD only;
 * no directory listing; paths that could climb out get 404; a Host other than the local names gets
 * 403 (DNS rebinding); a small live-reload script is injected into served pages only.
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

    private final HttpServer server;
    private final ExecutorService executor;
    private final LiveReload liveReload = new LiveReload();
    private final byte[] script;
    private final Set<String> allowedHosts;
    private volatile Snapshot snapshot = Snapshot.empty();

    public DevServer(InetAddress address, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, port), 64);
        executor =
                Executors.newCachedThreadPool(
                        runnable -> {
                            Thread thread = new Thread(runnable, "handbook-serve");
                            thread.setDaemon(true);
                            return thread;
                        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        allowedHosts =
                address.isLoopbackAddress()
                        ? LOCAL_HOSTS
                        : Set.of("localhost", "127.0.0.1", "[::1]", address.getHostAddress());
        try (InputStream in =
                DevServer.class.getClassLoader().getResourceAsStream("serve/live.js")) {
            script = in.readAllBytes();
        }
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    /** Shows a new build: its files if it succeeded, its errors over the last good files if not. */
    public void show(Optional<Map<String, byte[]>> files, List<String> errors) {
        Snapshot old = snapshot;
        Snapshot next =
                files.map(f -> new Snapshot(f, errors, old.version() + 1))
                        .orElseGet(() -> new Snapshot(old.files(), errors, old.version()));
        snapshot = next;
        liveReload.publish(next);
    }

    int liveClients() {
        return liveReload.clientCount();
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean keepOpen = false;
        try {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            // the pages carry the same policy; as a header it also covers every other file
            exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
            if (!allowedHosts.contains(hostName(requestHost(exchange)))) {
                respond(
                        exchange,
                        403,
                        "text/plain; charset=utf-8",
                        "forbidden host\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(
                        exchange,
                        405,
                        "text/plain; charset=utf-8",
                        "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (EVENTS.equals(rawPath) && method.equals("GET")) {
                liveReload.open(exchange);
                keepOpen = true;
                return;
            }
            if (SCRIPT.equals(rawPath)) {
                respond(exchange, 200, TYPES.get("js"), script);
                return;
            }
            Snapshot current = snapshot;
            Optional<String> path = RequestPaths.resolve(rawPath);
            byte[] body = path.map(current.files()::get).orElse(null);
            if (body == null) {
                byte[] notFound =
                        current.files()
                                .getOrDefault(
                                        "404.html", "not found\n".getBytes(StandardCharsets.UTF_8));
                respond(exchange, 404, TYPES.get("html"), inject(notFound, current.version()));
                return;
            }
            String type = TYPES.getOrDefault(extension(path.get()), "application/octet-stream");
            respond(
                    exchange,
                    200,
                    type,
                    type.startsWith("text/html") ? inject(body, current.version()) : body);
        } finally {
            if (!keepOpen) {
                exchange.close();
            }
        }
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

    private static void respond(HttpExchange exchange, int status, String type, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    /**
     * The host the request is for: the authority of an absolute-form target ({@code GET
     * http://host/path}), which HTTP says wins over the Host header, else the header.
     */
    private static String requestHost(HttpExchange exchange) {
        String authority = exchange.getRequestURI().getRawAuthority();
        return authority != null ? authority : exchange.getRequestHeaders().getFirst("Host");
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
        liveReload.closeAll();
        server.stop(0);
        executor.shutdownNow();
    }
}
