package com.sparkfabrik.handbook.content;

import com.vladsch.flexmark.ext.admonition.internal.AdmonitionBlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Block rules of the Markdown library, asked only about lines that can start their block: a line
 * that cannot is answered "no" here, as the library would answer, without the library's costly way
 * of finding out. The library tells its rules apart by class, so each rule has its own.
 */
abstract class BlockStarts implements CustomBlockParserFactory {

    /** The library's default heading patterns, which the renderer's options keep. */
    private static final Pattern ATX = Pattern.compile("^#{1,6}(?:[ \t]+|$)");

    private static final Pattern SETEXT = Pattern.compile("^(?:=+|-+)[ \t]*$");

    private final CustomBlockParserFactory library;
    private final Predicate<CharSequence> canStart;

    private BlockStarts(CustomBlockParserFactory library, Predicate<CharSequence> canStart) {
        this.library = library;
        this.canStart = canStart;
    }

    /**
     * Headings. The library's rule copies the whole open paragraph for every line it is asked
     * about, so a paragraph of n lines (a table is one until it is recognised) took time in n²:
     * 174,000 table rows kept a build busy for minutes. A line that is neither an ATX heading
     * ({@code # Title}) nor a setext underline ({@code ===}, {@code ---}) cannot start a heading; a
     * line that can ends the paragraph, so each paragraph is copied at most once.
     */
    static CustomBlockParserFactory headings() {
        return new Headings();
    }

    /**
     * Admonitions ({@code !!! note "Title"}, {@code ??? note}). The library's rule compiles a
     * regular expression for every line it is asked about (3.7 % of a 10,000-page build's CPU); its
     * pattern is anchored at the line's first non-space character and starts with the marker.
     */
    static CustomBlockParserFactory admonitions() {
        return new Admonitions();
    }

    private static final class Headings extends BlockStarts {
        Headings() {
            super(
                    new HeadingParser.Factory(),
                    rest -> ATX.matcher(rest).find() || SETEXT.matcher(rest).find());
        }
    }

    private static final class Admonitions extends BlockStarts {
        Admonitions() {
            super(
                    new AdmonitionBlockParser.Factory(),
                    rest -> threeOf(rest, '!') || threeOf(rest, '?'));
        }
    }

    private static boolean threeOf(CharSequence text, char c) {
        return text.length() >= 3
                && text.charAt(0) == c
                && text.charAt(1) == c
                && text.charAt(2) == c;
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory rule = library.apply(options);
        return (state, matched) -> {
            BasedSequence line = state.getLine();
            CharSequence rest = line.subSequence(state.getNextNonSpaceIndex(), line.length());
            return canStart.test(rest) ? rule.tryStart(state, matched) : BlockStart.none();
        };
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return library.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return library.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return library.affectsGlobalScope();
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return library.getLeadInHandler(options);
    }
}
