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

    void open(HttpExchange exchange, Snapshot current) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(200, 0);
        clients.add(exchange);
        send(exchange, "hello", Long.toString(current.version()));
        if (!current.errors().isEmpty()) {
            send(exchange, "errors", String.join("\n", current.errors()));
        }
    }

    void publish(Snapshot snapshot) {
        String event = snapshot.errors().isEmpty() ? "reload" : "errors";
        String data = snapshot.errors().isEmpty() ? Long.toString(snapshot.version()) : String.join("\n", snapshot.errors());
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
