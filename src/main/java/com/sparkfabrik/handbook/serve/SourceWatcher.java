package com.sparkfabrik.handbook.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches policy.yaml and every folder under content/, and reports the changed paths (relative to
 * the source folder) once a burst of events has settled, so one save is one rebuild.
 */
public final class SourceWatcher implements AutoCloseable {

    static final long SETTLE_MILLIS = 15;

    private final Path source;
    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    public SourceWatcher(Path source) throws IOException {
        this.source = source.toAbsolutePath().normalize();
        this.watcher = this.source.getFileSystem().newWatchService();
        register(this.source);
        Path content = this.source.resolve("content");
        if (Files.isDirectory(content, LinkOption.NOFOLLOW_LINKS)) {
            registerTree(content);
        }
    }

    /** Blocks, calling {@code onChange} with each settled set of changes, until closed. */
    public void run(Consumer<Set<String>> onChange) {
        try {
            while (true) {
                Set<String> changed = new LinkedHashSet<>();
                collect(watcher.take(), changed);
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                changed.removeIf(
                        p ->
                                !p.equals("policy.yaml")
                                        && !p.startsWith("content/")
                                        && !p.equals("content"));
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<String> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || !(event.context() instanceof Path name)) {
                changed.add("content/");
                continue;
            }
            Path path = folder.resolve(name);
            changed.add(source.relativize(path).toString().replace('\\', '/'));
            if (event.kind() == ENTRY_CREATE
                    && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    changed.add("content/");
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir :
                    walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                register(dir);
            }
        }
    }

    private void register(Path dir) throws IOException {
        folders.put(dir.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
