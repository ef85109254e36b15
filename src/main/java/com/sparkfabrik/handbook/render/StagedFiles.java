package com.sparkfabrik.handbook.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * The files and folders of a staging folder. A published site is read by a web server that usually
 * runs as another user: folders {@code rwxr-xr-x}, files {@code rw-r--r--}, whatever the umask (a
 * temporary folder starts {@code rwx------}). In a folder that holds an earlier output, a file is
 * written over in place only when it is a plain file of its own: a link, a folder, or a file with
 * another name elsewhere (a hard link, as {@code cp -al} or {@code rsync --link-dest} make) is
 * removed and made anew, so nothing outside the folder is ever written through it.
 */
final class StagedFiles {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

    private static final FileAttribute<Set<PosixFilePermission>> NEW_FILE =
            PosixFilePermissions.asFileAttribute(FILE);
    private static final Set<OpenOption> CREATE =
            Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    private static final int TYPE = 0170000;
    private static final int REGULAR = 0100000;
    private static final int MODE = 0644;

    private static volatile Boolean umaskKeepsMode;

    private StagedFiles() {}

    /** Makes or checks one folder whose parent is ready. */
    static void folder(Path dir, boolean mayExist, boolean posix) throws IOException {
        BasicFileAttributes attributes = mayExist ? attributes(dir) : null;
        // not asked of a folder that is there: the JDK answers that with two exceptions
        if (attributes == null || !attributes.isDirectory()) {
            if (attributes != null) {
                OutputWriter.deleteTree(dir);
            }
            Files.createDirectories(dir);
        }
        if (posix) {
            Files.setPosixFilePermissions(dir, FOLDER);
        }
    }

    /**
     * Writes one file whose folder is ready; {@code mayExist}: written over if it is there (only
     * where files have modes).
     */
    static void write(Path target, byte[] bytes, boolean mayExist, boolean posix)
            throws IOException {
        if (mayExist) {
            Map<String, Object> unix = unix(target);
            if (unix != null) {
                int mode = (Integer) unix.get("mode");
                if ((mode & TYPE) == REGULAR && (Integer) unix.get("nlink") == 1) {
                    overwrite(target, bytes);
                    if ((mode & 0777) != MODE) {
                        Files.setPosixFilePermissions(target, FILE);
                    }
                    return;
                }
                OutputWriter.deleteTree(target);
            }
        }
        create(target, bytes, posix);
    }

    private static void overwrite(Path target, byte[] bytes) throws IOException {
        // no truncation first: blocks freed and taken again cost what deleting the file would
        try (FileChannel channel =
                FileChannel.open(target, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            writeAll(channel, bytes);
            channel.truncate(bytes.length);
        }
    }

    private static void create(Path target, byte[] bytes, boolean posix) throws IOException {
        try (SeekableByteChannel channel =
                posix
                        ? Files.newByteChannel(target, CREATE, NEW_FILE)
                        : Files.newByteChannel(target, CREATE)) {
            writeAll(channel, bytes);
        }
        if (posix && !umaskKeepsMode(target)) {
            Files.setPosixFilePermissions(target, FILE);
        }
    }

    /**
     * Whether the umask left the mode asked for at creation as it was: the process's umask does not
     * change, so the first new file tells for every other.
     */
    private static boolean umaskKeepsMode(Path created) throws IOException {
        Boolean keeps = umaskKeepsMode;
        if (keeps == null) {
            keeps = Files.getPosixFilePermissions(created, LinkOption.NOFOLLOW_LINKS).equals(FILE);
            umaskKeepsMode = keeps;
        }
        return keeps;
    }

    private static void writeAll(SeekableByteChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static Map<String, Object> unix(Path path) throws IOException {
        try {
            return Files.readAttributes(path, "unix:mode,nlink", LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
