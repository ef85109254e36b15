package com.sparkfabrik.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/handbook}, the launcher the README runs the jar with, here starting a jar of its own
 * that prints the JVM options it was given and its arguments: the JIT for short runs but for serve,
 * the class-data archive only when it is newer than the jar, the user's options last and never
 * expanded as file names, and paths and arguments with spaces kept whole.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("bin", "handbook").toAbsolutePath();
    private static final String THP = "/sys/kernel/mm/transparent_hugepage/enabled";

    /** The jar's main class: the JVM's options, a separator, then the arguments, one per line. */
    public static final class PrintArguments {
        public static void main(String[] args) {
            ManagementFactory.getRuntimeMXBean().getInputArguments().forEach(System.out::println);
            System.out.println("--");
            for (String arg : args) {
                System.out.println(arg);
            }
        }
    }

    private record Started(List<String> options, List<String> args) {}

    @TempDir Path temp;
    private Path jar;

    @BeforeEach
    void jarThatPrintsItsArguments() throws IOException {
        // a folder with a space: the launcher passes the jar's and the archive's paths whole
        jar = Files.createDirectories(temp.resolve("a b")).resolve("handbook.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes()
                .put(Attributes.Name.MAIN_CLASS, PrintArguments.class.getName());
        String entry = PrintArguments.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = LauncherTest.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
        }
    }

    private Started launch(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        // run from a folder where -Dx=* names a file, which the user's options never expand to
        Path folder = Files.createDirectories(temp.resolve("cwd"));
        if (!Files.exists(folder.resolve("-Dx=file"))) {
            Files.createFile(folder.resolve("-Dx=file"));
        }
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        // only the launcher's options and the test's own reach the JVM, which is this one
        for (String options :
                List.of(
                        "HANDBOOK_JAVA_OPTS",
                        "JAVA_TOOL_OPTIONS",
                        "_JAVA_OPTIONS",
                        "JDK_JAVA_OPTIONS")) {
            builder.environment().remove(options);
        }
        builder.environment()
                .put(
                        "PATH",
                        Path.of(System.getProperty("java.home"), "bin")
                                + File.pathSeparator
                                + builder.environment().getOrDefault("PATH", ""));
        builder.environment().put("HANDBOOK_JAR", jar.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        List<String> lines =
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .toList();
        assertEquals(0, process.waitFor(), String.join("\n", lines));
        int split = lines.indexOf("--");
        return new Started(lines.subList(0, split), lines.subList(split + 1, lines.size()));
    }

    private Started launch(String... args) throws Exception {
        return launch(Map.of(), args);
    }

    private static boolean hugePagesOffered() throws IOException {
        Path thp = Path.of(THP);
        return Files.isReadable(thp) && !Files.readString(thp).contains("[never]");
    }

    @Test
    void shortRunsGetTheQuickJitAndServeTheFullOne() throws Exception {
        // the options the file declares, with the reasons: what mvn site's fallback reads too
        List<String> shortRun = MavenSite.shortRunOptions(2);
        assertTrue(shortRun.contains("-XX:TieredStopAtLevel=1"), shortRun.toString());
        assertTrue(shortRun.contains("-XX:CICompilerCount=1"), shortRun.toString());
        assertTrue(shortRun.contains("-XX:MaxHeapFreeRatio=40"), shortRun.toString());
        assertTrue(shortRun.contains("-Xmn32m"), shortRun.toString());
        List<String> manyCpus = MavenSite.shortRunOptions(4);
        assertEquals(
                shortRun.stream().filter(o -> !o.equals("-XX:CICompilerCount=1")).toList(),
                manyCpus);
        // GNU nproc, which the launcher asks, counts OMP_NUM_THREADS CPUs when it is set
        Started check = launch(Map.of("OMP_NUM_THREADS", "2"), "check", "--source", "my handbook");
        assertTrue(check.options().containsAll(shortRun), check.toString());
        Started onMany = launch(Map.of("OMP_NUM_THREADS", "4"), "check");
        assertTrue(onMany.options().containsAll(manyCpus), onMany.toString());
        assertFalse(onMany.options().contains("-XX:CICompilerCount=1"), onMany.toString());
        assertTrue(check.options().contains("-XX:+UseSerialGC"), check.toString());
        assertTrue(check.options().contains("-XX:-UsePerfData"), check.toString());
        assertEquals(List.of("check", "--source", "my handbook"), check.args());

        Started serve = launch("serve", "--port", "0");
        assertFalse(serve.options().stream().anyMatch(shortRun::contains), serve.toString());
        assertTrue(serve.options().contains("-XX:+UseSerialGC"), serve.toString());
        assertEquals(List.of("serve", "--port", "0"), serve.args());

        // the command is the first word that is not an option, so an argument named serve after
        // it does not make a build a serve
        assertFalse(launch("-V", "serve").options().contains("-XX:TieredStopAtLevel=1"));
        assertTrue(launch("build", "--out", "serve").options().contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void theArchiveIsUsedOnlyWhenNewerThanTheJar() throws Exception {
        String option = "-XX:SharedArchiveFile=" + temp.resolve("a b").resolve("handbook.jsa");
        assertFalse(launch("check").options().contains(option), "no archive");

        // not a valid archive: the JVM then starts without one, as with an archive of another jar
        Path archive = Files.writeString(temp.resolve("a b").resolve("handbook.jsa"), "stale");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(0));
        assertFalse(launch("check").options().contains(option), "archive older than the jar");

        Files.setLastModifiedTime(
                archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertTrue(launch("check").options().contains(option), "archive newer than the jar");
    }

    @Test
    void hugePagesWhereTheKernelOffersThemAndTheUsersOptionsLastAndUnexpanded() throws Exception {
        Started started = launch(Map.of("HANDBOOK_JAVA_OPTS", "-Xmx64m  -Dx=*"), "check");
        assertEquals(
                hugePagesOffered(),
                started.options().contains("-XX:+UseTransparentHugePages"),
                started.toString());
        List<String> options = started.options();
        assertEquals(
                List.of("-Xmx64m", "-Dx=*"), options.subList(options.size() - 2, options.size()));
    }
}
