package com.sparkfabrik.handbook.check;

import static com.sparkfabrik.handbook.check.TestSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An image map is a reference too: {@code usemap="#m"} needs a {@code <map name="m">}. */
class UsemapTest {

    @TempDir Path disk;

    @Test
    void aUsemapNamingNoMapOfThePageIsBroken() {
        List<String> problems =
                TestSites.check(
                        disk,
                        Map.of(
                                "index.html",
                                page(
                                        """
                                        <img src="a.png" alt="" usemap="#m">
                                        <img src="a.png" alt="" usemap="#named">
                                        <img src="a.png" alt="" usemap="#by-id">
                                        <img src="a.png" alt="" usemap="named">
                                        <img src="a.png" alt="" usemap="#Named">
                                        <p id="m">an id that is not a map</p>
                                        <map name="named"><area href="#m" alt=""></map>
                                        <map id="by-id"></map>
                                        <img src="a.png" alt="" usemap="#elsewhere">"""),
                                "other.html",
                                page("<map name=\"elsewhere\"></map>"),
                                "a.png",
                                "x"),
                        LinkCheckOptions.defaults());

        assertEquals(
                List.of(
                        "index.html:2:33: error: broken link '#m': no <map> named 'm' on the page [broken-anchor]",
                        "index.html:5:33: error: broken link 'named': no <map> named 'named' on the page [broken-anchor]",
                        "index.html:6:33: error: broken link '#Named': no <map> named 'Named' on the page [broken-anchor]",
                        "index.html:10:33: error: broken link '#elsewhere': no <map> named 'elsewhere' on the page [broken-anchor]"),
                problems);
    }
}
