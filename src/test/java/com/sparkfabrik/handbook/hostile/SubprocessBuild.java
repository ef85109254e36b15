package com.sparkfabrik.handbook.hostile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code handbook build} in a JVM of its own, with the test's classpath and the given JVM options
 * and environment.
 */
final class SubprocessBuild {

    private SubprocessBuild() {}

    static Process start(
            Path source,
            Path out,
            List<String> jvmOptions,
            Map<String, String> environment,
            Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(
                List.of(
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Xshare:auto")); // a short run: start fast
        command.addAll(jvmOptions);
        command.addAll(
                List.of(
                        "-cp",
                        System.getProperty("java.class.path"),
                        "com.sparkfabrik.handbook.cli.Main",
                        "build",
                        "--quiet",
                        "--source",
                        source.toString(),
                        "--out",
                        out.toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }
}
