package com.sparkfabrik.handbook.check;

import static com.sparkfabrik.handbook.check.TestSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code srcset} is split per the HTML standard: URLs end at whitespace, descriptors are dropped.
 */
class SrcsetTest {

    @TempDir Path root;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " => ",
            quoteCharacter = '"',
            textBlock =
                    """
            a.png                                  => a.png
            a.png 1x                               => a.png
            a.png 1x, b.png 2x                     => a.png b.png
            a.png 1.5x,b.png 2x                    => a.png b.png
            a.png 400w,  b.png 800w                => a.png b.png
            a.png, b.png                           => a.png b.png
            a.png,b.png                            => a.png,b.png
            "  a.png  ,  , b.png 2x  "             => a.png b.png
            a.png 100w 200h, b.png                 => a.png b.png
            "a.png (odd, descriptor), b.png 2x"    => a.png b.png
            data:image/png;base64,iVBO= 1x, b.png 2x => data:image/png;base64,iVBO= b.png
            a,b.png 2x                             => a,b.png
            """)
    void candidatesAreSplitOnCommasAndDescriptorsStripped(String srcset, String expected) {
        List<String> urls = Srcset.candidates(srcset).stream().map(Srcset.Candidate::url).toList();

        assertEquals(Arrays.asList(expected.split(" ")), urls);
    }

    @Test
    void emptySrcsetHasNoCandidates() {
        assertEquals(List.of(), Srcset.candidates(" , "));
    }

    @Test
    void eachMissingCandidateIsReportedAtItsOwnColumnAndLine() {
        List<String> lines =
                TestSites.check(
                        root,
                        Map.of(
                                "index.html",
                                page(
                                        """
                        <img alt="" srcset="a.png 1x, gone.png 2x">
                        <picture><source srcset="a.png 400w,
                          gone-too.png 800w"></picture>
                        <img alt="" srcset="data:image/png;base64,AAAA 1x, a.png 2x">"""),
                                "a.png",
                                "x"),
                        LinkCheckOptions.defaults());

        assertEquals(
                List.of(
                        "index.html:2:31: error: broken link 'gone.png': gone.png does not exist [broken-link]",
                        "index.html:4:3: error: broken link 'gone-too.png': gone-too.png does not exist [broken-link]"),
                lines);
    }
}
