package com.sparkfabrik.handbook.policy;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The compiled schemas of policy.yaml and handbook.yaml, made once per JVM: the first time either
 * is needed, or ahead of time on a thread of their own. Compiling the first is Jackson's and the
 * validator's first use, 110-170 ms of a cold start; a command that is about to read the policy
 * starts it ahead, so that on a second core it runs while the command line is parsed. Both are
 * compiled together, also for a command that reads only policy.yaml (diff, the history).
 */
public final class Schemas {

    /**
     * Compiled when the class is initialised, which the JVM does once: a first use on another
     * thread while the thread ahead is at it waits for it, and compiles them itself if none is.
     */
    private static final class Compiled {
        static final PolicyShape POLICY = new PolicyShape();
        static final PolicyShape SETTINGS = new PolicyShape(SettingsLoader.SCHEMA);
    }

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
        Thread thread = new Thread(Schemas::policy, "schemas");
        thread.setDaemon(true);
        thread.start();
    }

    static PolicyShape policy() {
        return Compiled.POLICY;
    }

    static PolicyShape settings() {
        return Compiled.SETTINGS;
    }
}
