package com.sparkfabrik.handbook.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A value made ahead of its use on a daemon thread of its own: on a machine with a second core the
 * stage that needs it waits less for it, or not at all. {@link #join} waits for it, and rethrows a
 * failure as it was thrown.
 */
final class Ahead<T> {

    private final CompletableFuture<T> value;

    private Ahead(CompletableFuture<T> value) {
        this.value = value;
    }

    /** Starts making the value on a thread named {@code name}. */
    static <T> Ahead<T> start(String name, Supplier<T> make) {
        return new Ahead<>(
                CompletableFuture.supplyAsync(
                        make,
                        task -> {
                            Thread thread = new Thread(task, name);
                            thread.setDaemon(true);
                            thread.start();
                        }));
    }

    /** A value there is nothing to make for. */
    static <T> Ahead<T> of(T value) {
        return new Ahead<>(CompletableFuture.completedFuture(value));
    }

    T join() {
        try {
            return value.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
