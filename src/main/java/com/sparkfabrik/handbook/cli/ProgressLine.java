package com.sparkfabrik.handbook.cli;

import com.sparkfabrik.handbook.pipeline.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A line on stderr that a long build rewrites in place: pages rendered and time elapsed. Shown only
 * on a terminal (never in CI logs or when stderr is redirected) and not with {@code --quiet}.
 */
final class ProgressLine implements AutoCloseable {

    private static final long PERIOD_MILLIS = 200;

    private final ScheduledExecutorService ticker;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private boolean printed;

    private ProgressLine(Progress progress, PrintWriter err) {
        this.err = err;
        this.ticker =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread thread = new Thread(r, "handbook-progress");
                            thread.setDaemon(true);
                            return thread;
                        });
        ticker.scheduleAtFixedRate(
                () -> show(progress), PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A progress line if stderr is a terminal and output is not quiet; otherwise nothing. */
    static AutoCloseable startIf(
            boolean terminal, boolean quiet, Progress progress, PrintWriter err) {
        return terminal && !quiet ? new ProgressLine(progress, err) : () -> {};
    }

    static String format(int rendered, int total, long elapsedMillis) {
        return String.format(
                Locale.ROOT,
                "rendered %d/%d pages, %.1f s",
                rendered,
                total,
                elapsedMillis / 1000.0);
    }

    private synchronized void show(Progress progress) {
        err.print(
                "\r"
                        + format(
                                progress.rendered(),
                                progress.total(),
                                (System.nanoTime() - start) / 1_000_000)
                        + "\u001b[K");
        err.flush();
        printed = true;
    }

    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        if (printed) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
