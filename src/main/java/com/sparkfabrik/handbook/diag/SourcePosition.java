package com.sparkfabrik.handbook.diag;

/**
 * Where something was written in a source the author edits: a path relative to the source folder
 * (always with forward slashes) and a 1-based line and column; 0 means "the whole file" or "the
 * whole line".
 */
public record SourcePosition(String file, int line, int column)
        implements Comparable<SourcePosition> {

    public SourcePosition {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("a position needs a file");
        }
        file = file.replace('\\', '/');
    }

    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    public SourcePosition withLine(int newLine, int newColumn) {
        return new SourcePosition(file, newLine, newColumn);
    }

    @Override
    public int compareTo(SourcePosition other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
