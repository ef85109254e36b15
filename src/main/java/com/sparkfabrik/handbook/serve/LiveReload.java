package com.sparkfabrik.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to the open pages: {@code reload} after a good build, {@code errors} (the
 * diagnostics as text lines) after a failed one, which the page shows as an overlay.
 */
final class LiveReload {

    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
    private Snapshot latest = Snapshot.empty();

    /**
     * Greets a new client with the latest build and its errors. Opening and publishing hold one
     * lock, so a client connecting during a publish gets the new state either in its greeting or as
     * the next event: it never misses it, and never gets an older greeting after it (which would
     * clear the overlay of a failed build).
     */
    synchronized void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(200, 0);
        send(exchange, "hello", Long.toString(latest.version()));
        if (!latest.errors().isEmpty()) {
            send(exchange, "errors", String.join("\n", latest.errors()));
        }
        clients.add(exchange);
    }

    synchronized void publish(Snapshot snapshot) {
        latest = snapshot;
        String event = snapshot.errors().isEmpty() ? "reload" : "errors";
        String data =
                snapshot.errors().isEmpty()
                        ? Long.toString(snapshot.version())
                        : String.join("\n", snapshot.errors());
        for (HttpExchange client : clients) {
            try {
                send(client, event, data);
            } catch (IOException e) {
                clients.remove(client);
                client.close();
            }
        }
    }

    int clientCount() {
        return clients.size();
    }

    void closeAll() {
        clients.forEach(HttpExchange::close);
        clients.clear();
    }

    private static void send(HttpExchange exchange, String event, String data) throws IOException {
        StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) {
            message.append("data: ").append(line).append('\n');
        }
        OutputStream body = exchange.getResponseBody();
        synchronized (exchange) {
            body.write(message.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            body.flush();
        }
    }
}
