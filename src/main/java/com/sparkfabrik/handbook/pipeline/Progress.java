package com.sparkfabrik.handbook.pipeline;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a build is: pages to render and pages rendered, read by the progress line of the command
 * line.
 */
public final class Progress {

    private final AtomicInteger rendered = new AtomicInteger();
    private volatile int total;

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
}
