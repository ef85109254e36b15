package com.sparkfabrik.handbook.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Headless Chromium with a fresh profile, driven over the Chrome DevTools Protocol with the JDK's
 * WebSocket client: just enough to evaluate JavaScript in the page. Closing kills the browser and
 * every process it started, and deletes the profile.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Duration STARTUP = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path home;
    private final Process process;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private WebSocket socket;

    private HeadlessChromium(Path home, Process process) {
        this.home = home;
        this.process = process;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /**
     * Starts Chromium on {@code url} and connects to its page; everything is cleaned up if that
     * fails.
     */
    static HeadlessChromium open(String url) throws Exception {
        Path home = Files.createTempDirectory("handbook-chromium");
        Path profile = Files.createDirectory(home.resolve("profile"));
        Process process =
                new ProcessBuilder(
                                List.of(
                                        BINARY.toString(),
                                        "--headless",
                                        "--no-sandbox",
                                        "--disable-gpu",
                                        "--disable-dev-shm-usage",
                                        "--disable-background-networking",
                                        "--no-first-run",
                                        "--disable-component-update",
                                        "--disable-sync",
                                        "--remote-debugging-port=0",
                                        "--user-data-dir=" + profile,
                                        url))
                        .redirectErrorStream(true)
                        .redirectOutput(home.resolve("chromium.log").toFile())
                        .start();
        HeadlessChromium chromium = new HeadlessChromium(home, process);
        try {
            chromium.connect(profile);
            return chromium;
        } catch (Exception | AssertionError e) {
            chromium.close();
            throw e;
        }
    }

    /**
     * Evaluates {@code expression} in the page and returns its value, or null while the page cannot
     * answer (navigating, reloading) or the expression threw.
     */
    JsonNode evaluate(String expression) throws Exception {
        ObjectNode params =
                JSON.createObjectNode().put("expression", expression).put("returnByValue", true);
        JsonNode reply;
        try {
            reply = call("Runtime.evaluate", params);
        } catch (TimeoutException e) {
            return null;
        }
        JsonNode result = reply.path("result");
        if (reply.has("error") || result.has("exceptionDetails")) {
            return null;
        }
        return result.path("result").path("value");
    }

    /** The browser's own output, for failure messages. */
    String log() {
        try {
            return Files.readString(home.resolve("chromium.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void connect(Path profile) throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        Path portFile = profile.resolve("DevToolsActivePort");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String debuggerUrl = null;
        while (debuggerUrl == null) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new AssertionError(
                        "Chromium did not open its page for debugging within "
                                + STARTUP
                                + ":\n"
                                + log());
            }
            List<String> lines = Files.exists(portFile) ? Files.readAllLines(portFile) : List.of();
            if (!lines.isEmpty() && lines.get(0).matches("[0-9]+")) {
                HttpRequest list =
                        HttpRequest.newBuilder(
                                        URI.create(
                                                "http://127.0.0.1:" + lines.get(0) + "/json/list"))
                                .build();
                for (JsonNode target :
                        JSON.readTree(
                                http.send(list, HttpResponse.BodyHandlers.ofString()).body())) {
                    if (target.path("type").asText().equals("page")
                            && target.hasNonNull("webSocketDebuggerUrl")) {
                        debuggerUrl = target.get("webSocketDebuggerUrl").asText();
                    }
                }
            }
            if (debuggerUrl == null) {
                Thread.sleep(50);
            }
        }
        socket =
                http.newWebSocketBuilder()
                        .buildAsync(URI.create(debuggerUrl), new Replies())
                        .get(10, TimeUnit.SECONDS);
    }

    private JsonNode call(String method, JsonNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(JSON.writeValueAsString(message), true).get(5, TimeUnit.SECONDS);
        try {
            return reply.get(5, TimeUnit.SECONDS);
        } finally {
            pending.remove(id);
        }
    }

    /**
     * Collects the frames of each message and completes the call it answers; events are ignored.
     */
    private final class Replies implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                try {
                    JsonNode reply = JSON.readTree(message.toString());
                    CompletableFuture<JsonNode> waiting =
                            reply.has("id") ? pending.get(reply.get("id").asInt()) : null;
                    if (waiting != null) {
                        waiting.complete(reply);
                    }
                } catch (IOException e) {
                    // not JSON: nothing is waiting for it
                }
                message.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            if (socket != null) {
                socket.abort();
            }
        } finally {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            process.waitFor(10, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (children.stream().anyMatch(ProcessHandle::isAlive)
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            deleteTree(home);
        }
    }

    /**
     * Deletes the profile; a renderer still dying may write into it, so a failed pass is retried.
     */
    private static void deleteTree(Path root) throws IOException, InterruptedException {
        for (int attempt = 1; Files.exists(root); attempt++) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 5) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }
}
