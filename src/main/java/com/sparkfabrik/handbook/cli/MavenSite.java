package com.sparkfabrik.handbook.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entry point {@code mvn site} runs inside Maven: {@code [--project=DIR --jar=JAR]
 * [JVM-OPTION...] -- COMMAND...}. The command runs in a JVM of its own. When the packaged JAR is
 * {@link PackagedJar#current current}, the project's launcher ({@code DIR/bin/handbook}) starts it
 * with its class-data archive, the fastest start; otherwise (a fresh clone, code changed since
 * {@code mvn package}) the compiled classes run with the launcher's options of short runs ({@link
 * #SHORT_RUN}), then the JVM options given, and huge pages where offered. A failed build has
 * already printed its diagnostics and summary, which is the whole report: ending Maven here with
 * the exit code spares the reader the plugin's stack trace and Maven's error block after them. A
 * clean build returns, so Maven goes on and reports success as usual.
 */
public final class MavenSite {

    /**
     * The options of short runs, one per line; {@code #} starts a comment line, and {@code cpus<=N}
     * before an option applies it only on a machine of at most N CPUs.
     */
    static final String SHORT_RUN = "/jvm/short-run.options";

    private static final Pattern FOR_FEW_CPUS = Pattern.compile("cpus<=(\\d+) +(\\S+)");

    private MavenSite() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> all = Arrays.asList(args);
        int split = all.indexOf("--");
        List<String> options = new ArrayList<>(all.subList(0, Math.max(split, 0)));
        List<String> command = new ArrayList<>(all.subList(split + 1, all.size()));
        Optional<Path> project = option(options, "--project=");
        Optional<Path> jar = option(options, "--jar=");
        ProcessBuilder process = new ProcessBuilder();
        if (project.isPresent() && jar.isPresent() && current(project.get(), jar.get())) {
            command.add(0, project.get().resolve("bin").resolve("handbook").toString());
            process.environment().put("HANDBOOK_JAR", jar.get().toString());
        } else {
            command.addAll(0, compiledClasses(options));
        }
        int code = process.command(command).inheritIO().start().waitFor();
        if (code != ExitCode.OK) {
            System.exit(code);
        }
    }

    /**
     * The command that runs the compiled classes: the options of short runs, then {@code options},
     * which win, and huge pages where offered.
     */
    static List<String> compiledClasses(List<String> options) throws IOException {
        List<String> java = new ArrayList<>();
        java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        java.addAll(shortRunOptions(Runtime.getRuntime().availableProcessors()));
        java.addAll(options);
        if (hugePagesOffered()) {
            java.add("-XX:+UseTransparentHugePages");
        }
        java.addAll(List.of("-cp", classPath(), Main.class.getName()));
        return java;
    }

    /**
     * The JIT and heap options bin/handbook gives a one-off command on a machine of {@code cpus}
     * CPUs, from the file that declares them for both; the pom's options come after them and win.
     */
    static List<String> shortRunOptions(int cpus) throws IOException {
        try (InputStream in = MavenSite.class.getResourceAsStream(SHORT_RUN)) {
            if (in == null) {
                throw new IllegalStateException(SHORT_RUN + " is missing from the class path");
            }
            List<String> options = new ArrayList<>();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.lines().map(String::strip).toList()) {
                Matcher forFew = FOR_FEW_CPUS.matcher(line);
                if (forFew.matches()) {
                    if (cpus <= Integer.parseInt(forFew.group(1))) {
                        options.add(forFew.group(2));
                    }
                } else if (!line.isEmpty() && !line.startsWith("#")) {
                    options.add(line);
                }
            }
            return options;
        }
    }

    /**
     * Whether the kernel offers transparent huge pages, which bin/handbook asks for under the same
     * condition (the option exists only on Linux, and without them the JVM warns).
     */
    private static boolean hugePagesOffered() {
        Path modes = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        try {
            return Files.isReadable(modes) && !Files.readString(modes).contains("[never]");
        } catch (IOException e) {
            return false;
        }
    }

    /** The value of {@code name}, taken out of {@code options}. */
    private static Optional<Path> option(List<String> options, String name) {
        Optional<String> found = options.stream().filter(o -> o.startsWith(name)).findFirst();
        found.ifPresent(options::remove);
        return found.map(o -> Path.of(o.substring(name.length())));
    }

    private static boolean current(Path project, Path jar) throws IOException {
        Path classes;
        try {
            classes =
                    Path.of(
                            MavenSite.class
                                    .getProtectionDomain()
                                    .getCodeSource()
                                    .getLocation()
                                    .toURI());
        } catch (URISyntaxException e) {
            return false;
        }
        return PackagedJar.current(jar, classes, project.resolve("pom.xml"));
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
