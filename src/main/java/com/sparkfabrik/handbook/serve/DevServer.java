package com.sparkfabrik.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the last good build from memory. Loopback only unless told otherwise; GET and HEAD only;
 * no directory listing; paths that could climb out get 404; a Host other than the local names
 * gets 403 (DNS rebinding); a small live-reload script is injected into served pages only.
 */
public final class DevServer implements AutoCloseable {

    static final String EVENTS = "/__handbook/events";
    static final String SCRIPT = "/__handbook/live.js";
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "xml", "application/xml",
            "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg", "gif", "image/gif", "webp", "image/webp");

    private final HttpServer server;
    private final ExecutorService executor;
    private final LiveReload liveReload = new LiveReload();
    private final byte[] script;
    private final Set<String> allowedHosts;
    private volatile Snapshot snapshot = Snapshot.empty();

    public DevServer(InetAddress address, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, port), 64);
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "handbook-serve");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        allowedHosts = address.isLoopbackAddress() ? LOCAL_HOSTS
                : Set.of("localhost", "127.0.0.1", "[::1]", address.getHostAddress());
        try (InputStream in = DevServer.class.getClassLoader().getResourceAsStream("serve/live.js")) {
            script = in.readAllBytes();
        }
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Shows a new build: its files if it succeeded, its errors over the last good files if not. */
    public void show(Optional<Map<String, byte[]>> files, java.util.List<String> errors) {
        Snapshot old = snapshot;
        snapshot = files.map(f -> new Snapshot(f, errors, old.version() + 1))
                .orElseGet(() -> new Snapshot(old.files(), errors, old.version()));
        liveReload.publish(snapshot);
    }

    int liveClients() {
        return liveReload.clientCount();
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean keepOpen = false;
        try {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!allowedHosts.contains(hostName(exchange.getRequestHeaders().getFirst("Host")))) {
                respond(exchange, 403, "text/plain; charset=utf-8", "forbidden host\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (EVENTS.equals(rawPath) && method.equals("GET")) {
                liveReload.open(exchange, snapshot);
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
                byte[] notFound = current.files().getOrDefault("404.html", "not found\n".getBytes(StandardCharsets.UTF_8));
                respond(exchange, 404, TYPES.get("html"), inject(notFound));
                return;
            }
            String type = TYPES.getOrDefault(extension(path.get()), "application/octet-stream");
            respond(exchange, 200, type, type.startsWith("text/html") ? inject(body) : body);
        } finally {
            if (!keepOpen) {
                exchange.close();
            }
        }
    }

    /** The live-reload script goes before {@code </body>} of served pages, never into site/. */
    private static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String tag = "<script src=\"" + SCRIPT + "\"></script>\n";
        return (end < 0 ? page + tag : page.substring(0, end) + tag + page.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    static String hostName(String host) {
        if (host == null) {
            return "";
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(0, close + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
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
