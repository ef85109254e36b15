// Time from saving an edit to the dev server's `reload` event.
//
//   java bench/ServeLatency.java --source HANDBOOK --port P [--runs 20] [--warmup 5] [--only page|fact]
//
// Connects to http://127.0.0.1:P/__handbook/events of a running `handbook serve --source HANDBOOK`,
// then, --warmup + --runs times each: appends a line to one page (one write, so one burst of watch
// events), and changes one text fact's value in policy.yaml (overwritten in place with a value of the
// same length, again one write). The time is from just before the write to the arrival of `reload`.
// Prints median / min / max of the measured runs. Stdlib only.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public class ServeLatency {

    record Event(String name, long at) {
    }

    static final BlockingQueue<Event> EVENTS = new LinkedBlockingQueue<>();

    /** The server's log, where it says "rebuilt after ..." once a rebuild is wholly done. */
    static Path log;

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>(Map.of("--runs", "20", "--warmup", "5", "--only", "both"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        Path source = Path.of(opts.get("--source"));
        log = opts.containsKey("--log") ? Path.of(opts.get("--log")) : null;
        int port = Integer.parseInt(opts.get("--port"));
        int runs = Integer.parseInt(opts.get("--runs"));
        int warmup = Integer.parseInt(opts.get("--warmup"));
        boolean pageEdits = !opts.get("--only").equals("fact");
        boolean factEdits = !opts.get("--only").equals("page");

        List<Path> pages;
        try (Stream<Path> walk = Files.walk(source.resolve("content"))) {
            pages = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Path page = pages.stream().filter(p -> !p.getFileName().toString().equals("policy-facts.md")).findFirst().orElseThrow();
        Path policy = source.resolve("policy.yaml");
        Fact fact = pickFact(Files.readString(policy), pages);

        listen(port);
        await("hello", 60_000);
        System.out.printf("%d pages; page edit: %s; fact edit: %s (used by %d pages)%n",
                pages.size(), source.relativize(page), fact.id, fact.pages);

        List<Double> pageTimes = new ArrayList<>();
        List<Double> factTimes = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            int n = i;
            if (pageEdits) {
                double ms = measure(() -> Files.write(page, ("\nEdit " + n + " for the latency benchmark.\n")
                        .getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND));
                if (i >= warmup) {
                    pageTimes.add(ms);
                }
            }
            if (factEdits) {
                double ms = measure(() -> overwrite(policy, fact.yaml(n % 2 == 0)));
                if (i >= warmup) {
                    factTimes.add(ms);
                }
            }
        }
        if (pageEdits) {
            report("page edit -> reload", pageTimes);
        }
        if (factEdits) {
            report("fact edit -> reload", factTimes);
        }
    }

    interface Edit {
        void apply() throws IOException;
    }

    /**
     * One edit; waits for its reload, then until the server has done all the edit's work (its log
     * says "rebuilt": the search index is made after the reload) and for quiet, so each
     * measurement starts from an idle server.
     */
    static double measure(Edit edit) throws Exception {
        EVENTS.clear();
        long rebuilt = rebuilds();
        long start = System.nanoTime();
        edit.apply();
        Event reload = await("reload", 60_000);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (log != null && rebuilds() == rebuilt && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(250);
        Event extra = EVENTS.poll();
        if (extra != null) {
            System.out.println("  note: one save gave more than one event (" + extra.name() + ")");
        }
        return (reload.at() - start) / 1e6;
    }

    static long rebuilds() throws IOException {
        if (log == null) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(l -> l.startsWith("rebuilt after")).count();
        }
    }

    static Event await(String name, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            Event event = EVENTS.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new IllegalStateException("no '" + name + "' event within " + timeoutMillis + " ms");
            }
            if (event.name().equals("errors")) {
                throw new IllegalStateException("the build failed: is the corpus valid? (run `handbook check`)");
            }
            if (event.name().equals(name)) {
                return event;
            }
        }
    }

    /** Same length as before, so the file is rewritten in place by one write and never seen half-written. */
    static void overwrite(Path file, String text) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        }
    }

    /** Reads the event stream on a daemon thread, stamping each event as it arrives. */
    static void listen(int port) throws Exception {
        Socket socket = null;
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); socket == null; ) {
            try {
                socket = new Socket(InetAddress.getLoopbackAddress(), port);
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
        socket.getOutputStream().write(("GET /__handbook/events HTTP/1.1\r\nHost: localhost:" + port + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("event: ")) {
                        EVENTS.add(new Event(line.substring(7), System.nanoTime()));
                    }
                }
            } catch (IOException e) {
                // stream closed
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    record Fact(String id, String before, String after, int pages, String yaml) {
        String yaml(boolean changed) {
            return changed ? yaml.replace(before, after) : yaml;
        }
    }

    /** A text fact used by a typical number of pages (the median over the text facts). */
    static Fact pickFact(String yaml, List<Path> pages) throws IOException {
        Pattern text = Pattern.compile("\n  ([a-z0-9.-]+):\n    level: [a-z-]+\n    type: text\n    value: (\"[^\"\n]+\")\n");
        List<String> texts = new ArrayList<>();
        for (Path page : pages) {
            texts.add(Files.readString(page));
        }
        List<Fact> candidates = new ArrayList<>();
        Matcher m = text.matcher(yaml);
        while (m.find()) {
            String id = m.group(1);
            String value = m.group(2);
            String changed = value.substring(0, value.length() - 2) + (value.charAt(value.length() - 2) == 'Q' ? 'R' : 'Q') + "\"";
            String before = m.group();
            String after = before.replace("value: " + value, "value: " + changed);
            int uses = (int) texts.stream().filter(t -> t.contains("'" + id + "'")).count();
            candidates.add(new Fact(id, before, after, uses, yaml));
        }
        if (candidates.isEmpty()) {
            throw new IllegalStateException("no text fact in policy.yaml");
        }
        candidates.sort((a, b) -> Integer.compare(a.pages, b.pages));
        return candidates.get(candidates.size() / 2);
    }

    static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        System.out.printf("%-22s median %7.1f ms   min %7.1f ms   max %7.1f ms   (%d runs)%n", what, median, sorted.get(0),
                sorted.get(n - 1), n);
    }
}
