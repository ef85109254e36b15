package com.sparkfabrik.handbook.check;

import java.io.IOException;

/**
 * The files a link can point at, by path relative to the root: forward slashes, no dot segments, no
 * trailing slash, {@code ""} for the root itself. A path may start with {@code ../} when a relative
 * link leaves the root.
 */
interface FileTree {

    boolean isFile(String path);

    boolean isDirectory(String path);

    /** The text of an HTML file, or null if the site knows only that the file exists. */
    String read(String path) throws IOException;
}
