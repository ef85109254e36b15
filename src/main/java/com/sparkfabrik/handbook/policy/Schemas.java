package com.sparkfabrik.handbook.policy;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The compiled schemas of policy.yaml and handbook.yaml, made once per JVM: the first time either
 * is needed, or ahead of time on a thread of their own. Compiling the first is Jackson's and the
 * validator's first use, 110-170 ms of a cold start; a command that is about to read the policy
 * starts it ahead, so that on a second core it runs while the command line is parsed. Both are
 * compiled together, also for a command that reads only policy.yaml (diff, the history).
 */
public final class Schemas {

    private record Compiled(PolicyShape policy, PolicyShape settings) {}

    private static final FutureTask<Compiled> COMPILED =
            new FutureTask<>(
                    () -> new Compiled(new PolicyShape(), new PolicyShape(SettingsLoader.SCHEMA)));

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Schemas() {}

    /**
     * Starts compiling the schemas on a daemon thread, unless that was done before in this JVM;
     * their first use then waits for it.
     */
    public static void compileAhead() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(COMPILED, "schemas");
        thread.setDaemon(true);
        thread.start();
    }

    static PolicyShape policy() {
        return compiled().policy();
    }

    static PolicyShape settings() {
        return compiled().settings();
    }

    private static Compiled compiled() {
        COMPILED.run(); // compiles here unless done or under way; then get() waits for it
        try {
            return COMPILED.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the schemas were compiled", e);
        }
    }
}
