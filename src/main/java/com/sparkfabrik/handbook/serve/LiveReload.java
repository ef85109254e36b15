package com.sparkfabrik.handbook.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Server-sent events to the open pages: {@code reload} after a good build, {@code errors} (the
 * diagnostics as text lines) after a failed one, which the page shows as an overlay. Used on the
 * event loop's thread only, so a client connecting during a publish gets the new state either in
 * its greeting or as the next event: it never misses it, and never gets an older greeting after it
 * (which would clear the overlay of a failed build).
 */
final class LiveReload {

    private final List<Connection> clients = new ArrayList<>();
    private final int maxClients;
    private Snapshot latest = Snapshot.empty();

    LiveReload(int maxClients) {
        this.maxClients = maxClients;
    }

    /**
     * Greets a new client with the latest build and its errors; past the bound, drops the oldest.
     */
    void open(Connection client, HttpReply head) {
        clients.removeIf(Connection::closed);
        if (clients.size() >= maxClients) {
            clients.remove(0).close();
        }
        StringBuilder greeting =
                event(new StringBuilder(), "hello", Long.toString(latest.version()));
        if (!latest.errors().isEmpty()) {
            event(greeting, "errors", String.join("\n", latest.errors()));
        }
        client.openStream(head.streamHead());
        client.send(greeting.toString().getBytes(StandardCharsets.UTF_8));
        clients.add(client);
    }

    void publish(Snapshot snapshot) {
        latest = snapshot;
        byte[] message =
                (snapshot.errors().isEmpty()
                                ? event(
                                        new StringBuilder(),
                                        "reload",
                                        Long.toString(snapshot.version()))
                                : event(
                                        new StringBuilder(),
                                        "errors",
                                        String.join("\n", snapshot.errors())))
                        .toString()
                        .getBytes(StandardCharsets.UTF_8);
        clients.removeIf(Connection::closed);
        clients.forEach(client -> client.send(message));
    }

    private static StringBuilder event(StringBuilder message, String event, String data) {
        message.append("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) {
            message.append("data: ").append(line).append('\n');
        }
        return message.append('\n');
    }
}
