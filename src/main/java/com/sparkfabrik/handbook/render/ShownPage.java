package com.sparkfabrik.handbook.render;

import java.util.function.Supplier;

/**
 * A laid-out page's bytes, made when first asked for. The dev server keeps every page, and an edit
 * of a fact changes the revision in every page's footer: filled at once, that was a new copy of the
 * whole site (250 MB at 10,000 pages) per edit, most of it never asked for before the next one.
 */
public final class ShownPage implements Supplier<byte[]> {

    private final PageLayout.Laid laid;
    private final String revision;
    private volatile byte[] bytes;

    private ShownPage(PageLayout.Laid laid, String revision, byte[] bytes) {
        this.laid = laid;
        this.revision = revision;
        this.bytes = bytes;
    }

    /** A page already made. */
    public static ShownPage of(byte[] bytes) {
        return new ShownPage(null, null, bytes);
    }

    /** {@code laid} showing {@code revision}, which it can show ({@link PageLayout.Laid#shows}). */
    static ShownPage filling(PageLayout.Laid laid, String revision) {
        return new ShownPage(laid, revision, null);
    }

    @Override
    public byte[] get() {
        byte[] made = bytes;
        if (made == null) {
            // two threads asking at once both fill it, with equal bytes
            made = laid.fill(revision);
            bytes = made;
        }
        return made;
    }
}
