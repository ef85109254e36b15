package com.sparkfabrik.handbook.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A client of the live-reload event stream: the events as they arrive, read on a daemon thread. */
final class EventStream implements AutoCloseable {

    /** One server-sent event; multi-line data joined with newlines, as a browser does. */
    record Event(String name, String data) {}

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final List<Event> seen = new ArrayList<>();

    private EventStream(InputStream body) {
        this.body = body;
        Thread reader = new Thread(this::read, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static EventStream open(int port) throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + DevServer.EVENTS))
                        .build();
        HttpResponse<InputStream> response =
                HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(5))
                        .build()
                        .send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            fail("event stream answered " + response.statusCode());
        }
        return new EventStream(response.body());
    }

    /**
     * Waits for the next event called {@code name} that {@code matches}, skipping others; fails at
     * the deadline.
     */
    Event await(String name, Predicate<Event> matches, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Event event = left > 0 ? events.poll(left, TimeUnit.NANOSECONDS) : null;
            if (event == null) {
                return fail(
                        "no '"
                                + name
                                + "' event as expected within "
                                + timeout
                                + "; events seen: "
                                + seen);
            }
            seen.add(event);
            if (event.name().equals(name) && matches.test(event)) {
                return event;
            }
        }
    }

    Event await(String name, Duration timeout) throws InterruptedException {
        return await(name, event -> true, timeout);
    }

    private void read() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String name = "message";
            StringBuilder data = null;
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(name, data.toString()));
                    }
                    name = "message";
                    data = null;
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    String value =
                            line.substring(5).startsWith(" ")
                                    ? line.substring(6)
                                    : line.substring(5);
                    data =
                            data == null
                                    ? new StringBuilder(value)
                                    : data.append('\n').append(value);
                }
            }
        } catch (IOException e) {
            // the stream ended: closed by the test or by the server
        }
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
