package com.sparkfabrik.handbook.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The entry point {@code mvn site} runs inside Maven: {@code [JVM-OPTION...] -- COMMAND...}. The
 * command runs in a JVM of its own, started with the options (the launcher's JIT settings). A
 * failed build has already printed its diagnostics and summary, which is the whole report: ending
 * Maven here with the exit code spares the reader the plugin's stack trace and Maven's error block
 * after them. A clean build returns, so Maven goes on and reports success as usual.
 */
public final class MavenSite {

    private MavenSite() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int split = Arrays.asList(args).indexOf("--");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(args).subList(0, Math.max(split, 0)));
        command.addAll(List.of("-cp", classPath(), Main.class.getName()));
        command.addAll(Arrays.asList(args).subList(split + 1, args.length));
        int code = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (code != ExitCode.OK) {
            System.exit(code);
        }
    }

    /** Maven runs this class from a class loader of the project's class path: the same for Main. */
    private static String classPath() {
        if (MavenSite.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }
}
