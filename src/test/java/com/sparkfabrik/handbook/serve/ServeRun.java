package com.sparkfabrik.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.sparkfabrik.handbook.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real {@code serve} command (watcher, incremental build, server) running in a thread on a port
 * the system picks; closing interrupts it, which is how the command stops.
 */
final class ServeRun implements AutoCloseable {

    private static final Pattern SERVING =
            Pattern.compile("serving .* at http://127\\.0\\.0\\.1:(\\d+)/");

    private final Thread thread;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private volatile int exitCode = -1;
    private int port;

    private ServeRun(Path source) {
        String[] args = {"serve", "--source", source.toString(), "--port", "0", "-q"};
        thread =
                new Thread(
                        () ->
                                exitCode =
                                        Main.run(
                                                args,
                                                new PrintWriter(out),
                                                new PrintWriter(err),
                                                Map.of()),
                        "serve-under-test");
        thread.setDaemon(true);
    }

    /** Starts serving {@code source} and waits (bounded) for the line that names the port. */
    static ServeRun start(Path source) throws InterruptedException {
        ServeRun run = new ServeRun(source);
        run.thread.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher serving = SERVING.matcher(run.out.toString());
            if (serving.find()) {
                run.port = Integer.parseInt(serving.group(1));
                return run;
            }
            if (!run.thread.isAlive()) {
                fail("serve exited with " + run.exitCode + ": " + run.out + run.err);
            }
            Thread.sleep(20);
        }
        run.close();
        return fail("serve did not start within 20 s: " + run.out + run.err);
    }

    int port() {
        return port;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** What the command printed to stderr so far (the diagnostics of each build). */
    String err() {
        return err.toString();
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(10_000);
        assertFalse(thread.isAlive(), "serve did not stop when interrupted");
    }
}
