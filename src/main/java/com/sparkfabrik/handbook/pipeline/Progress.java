package com.sparkfabrik.handbook.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a build is: pages to render and pages rendered, read by the progress line of the command
 * line; and how long each stage of the last run took, which {@code --verbose} prints.
 */
public final class Progress {

    /** A stage of a run and the milliseconds it took. */
    public record Stage(String name, long millis) {}

    private final AtomicInteger rendered = new AtomicInteger();
    private volatile int total;
    private final List<Stage> stages = new ArrayList<>();
    private long stageStart = System.nanoTime();

    void starting(int pages) {
        rendered.set(0);
        total = pages;
    }

    void pageRendered() {
        rendered.incrementAndGet();
    }

    public int rendered() {
        return rendered.get();
    }

    public int total() {
        return total;
    }

    /** A run starts: its stages are timed from now. */
    synchronized void runStarting() {
        stages.clear();
        stageStart = System.nanoTime();
    }

    /** The stage that ran since the last one ended (or the run started) has ended. */
    synchronized void ended(String stage) {
        long now = System.nanoTime();
        stages.add(new Stage(stage, (now - stageStart) / 1_000_000));
        stageStart = now;
    }

    /** The stages of the last run, in the order they ran. */
    public synchronized List<Stage> stages() {
        return List.copyOf(stages);
    }
}
