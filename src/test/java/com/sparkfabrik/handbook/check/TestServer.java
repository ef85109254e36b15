package com.sparkfabrik.handbook.check;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on loopback for external-link tests. Paths: {@code /ok} 200, {@code /moved}
 * 301 to {@code /ok}, {@code /missing} 404, {@code /busy} 429 with {@code Retry-After: 1} once and
 * then 200, {@code /always-busy} 429 with {@code Retry-After: 3600}, {@code /no-head} 405 for HEAD
 * and 200 for GET, {@code /slow} 200 after a short pause, {@code /hang} never answers, {@code
 * /linger} 200 at once but its handler runs on until the next {@code /linger} request arrives.
 * Counts requests per method and path, and the most different requests (method and URL) in flight
 * at once: the checker asks for each URL once, and a copy the HTTP client resent while the first
 * was still being handled (seen under load) is not a second request of the checker's.
 */
public final class TestServer implements AutoCloseable {

    private static final String LEAVE = "leave";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);
    private final Semaphore lingerArrivals = new Semaphore(0);
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    /** Requests in flight, by method and URL. */
    private final Map<String, Integer> inFlight = new HashMap<>();

    private final AtomicInteger maxInFlight = new AtomicInteger();

    public TestServer() {
        try {
            server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The absolute URL of a path on this server. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How many requests arrived for {@code method path}, e.g. {@code HEAD /ok}. */
    public int count(String method, String path) {
        AtomicInteger count = counts.get(method + " " + path);
        return count == null ? 0 : count.get();
    }

    public int total() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /**
     * Waits until {@code method path} has arrived {@code expected} times, for a request the client
     * gave up on that may still be on its way to the handler; returns the count.
     */
    public int awaitCount(String method, String path, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (count(method, path) < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return count(method, path);
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        int seen =
                counts.computeIfAbsent(method + " " + path, k -> new AtomicInteger())
                        .incrementAndGet();
        String request = method + " " + exchange.getRequestURI();
        synchronized (inFlight) {
            inFlight.merge(request, 1, Integer::sum);
            maxInFlight.accumulateAndGet(inFlight.size(), Math::max);
        }
        // a request stops being in flight just before its response goes out: the client cannot
        // start its next request before that, so the count never overstates the client's
        // concurrency
        AtomicBoolean answered = new AtomicBoolean();
        Runnable leave =
                () -> {
                    if (answered.compareAndSet(false, true)) {
                        synchronized (inFlight) {
                            inFlight.computeIfPresent(request, (k, n) -> n == 1 ? null : n - 1);
                        }
                    }
                };
        exchange.setAttribute(LEAVE, leave);
        try (exchange) {
            switch (path) {
                case "/moved" -> {
                    exchange.getResponseHeaders().add("Location", "/ok");
                    respond(exchange, 301);
                }
                case "/missing" -> respond(exchange, 404);
                case "/busy" -> {
                    if (seen == 1) {
                        exchange.getResponseHeaders().add("Retry-After", "1");
                        respond(exchange, 429);
                    } else {
                        respond(exchange, 200);
                    }
                }
                case "/always-busy" -> {
                    exchange.getResponseHeaders().add("Retry-After", "3600");
                    respond(exchange, 429);
                }
                case "/no-head" -> respond(exchange, method.equals("HEAD") ? 405 : 200);
                case "/hang" -> {
                    release.await(30, TimeUnit.SECONDS);
                    respond(exchange, 200);
                }
                case "/linger" -> {
                    // the client has its answer and may start its next request while this
                    // handler is still running: that request must not count as a second one in
                    // flight
                    lingerArrivals.release();
                    respond(exchange, 200);
                    if (lingerArrivals.tryAcquire(2, 10, TimeUnit.SECONDS)) {
                        lingerArrivals.release(2);
                    }
                }
                case "/slow" -> {
                    Thread.sleep(100);
                    respond(exchange, 200);
                }
                default -> respond(exchange, path.startsWith("/ok") ? 200 : 404);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            leave.run();
        }
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        ((Runnable) exchange.getAttribute(LEAVE)).run();
        if (exchange.getRequestMethod().equals("HEAD") || status == 301) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] body = ("status " + status).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
