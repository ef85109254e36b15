package com.sparkfabrik.handbook.content;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Markdown parser's heading rule, asked only about lines that can be a heading. The library's
 * rule copies the whole open paragraph for every line it is asked about, so a paragraph of n lines
 * (a table is one until it is recognised) took time in n²: 174,000 table rows kept a build busy for
 * minutes. A line that is neither an ATX heading ({@code # Title}) nor a setext underline ({@code
 * ===}, {@code ---}) cannot start a heading, so the library is not asked; a line that can ends the
 * paragraph, so each paragraph is copied at most once.
 */
final class LinearHeadings implements CustomBlockParserFactory {

    /** The library's default patterns, which the renderer's options keep. */
    private static final Pattern ATX = Pattern.compile("^#{1,6}(?:[ \t]+|$)");

    private static final Pattern SETEXT = Pattern.compile("^(?:=+|-+)[ \t]*$");

    private final HeadingParser.Factory library = new HeadingParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory headings = library.apply(options);
        return (state, matched) -> {
            BasedSequence line = state.getLine();
            CharSequence rest = line.subSequence(state.getNextNonSpaceIndex(), line.length());
            return ATX.matcher(rest).find() || SETEXT.matcher(rest).find()
                    ? headings.tryStart(state, matched)
                    : BlockStart.none();
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
