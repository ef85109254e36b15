package com.sparkfabrik.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The string helpers behind link resolution. */
class HrefsTest {

    @ParameterizedTest(name = "{0} + {1} -> {3}")
    @CsvSource(
            delimiterString = " | ",
            quoteCharacter = '"',
            emptyValue = "",
            textBlock =
                    """
            ""      | a.html          | false | a.html
            a/      | b.html          | false | a/b.html
            a/b/    | ../c.html       | false | a/c.html
            a/b/    | ../../c.html    | false | c.html
            a/b/    | ../../../c.html | false | ../c.html
            a/b/    | ../../../c.html | true  | c.html
            a/      | ./x/./y/        | false | a/x/y/
            a/      | x//y.html       | false | a/x/y.html
            a/      | .               | false | a/
            a/      | ..              | false | ""
            ""      | ..              | false | ../
            ""      | ""              | false | ""
            ../x/   | ../y.html       | false | ../y.html
            ../x/   | ../../y.html    | false | ../../y.html
            """)
    void resolvesPathsAndRemovesDotSegments(
            String dir, String path, boolean clamp, String expected) {
        assertEquals(expected, Hrefs.resolvePath(dir, path, clamp));
    }

    @Test
    void climbingOutOfTheFolderResolvesLikeTheJoinedPath() {
        Random random = new Random(3);
        String[] parts = {"a", "b", "..", ".", "", "c.html"};
        for (int round = 0; round < 5000; round++) {
            String dir = random.nextBoolean() ? "" : random.nextBoolean() ? "x/" : "x/y/";
            StringBuilder path = new StringBuilder("../".repeat(random.nextInt(4)));
            for (int i = random.nextInt(4); i >= 0; i--) {
                path.append(parts[random.nextInt(parts.length)]).append('/');
            }
            path.setLength(path.length() - (random.nextBoolean() ? 1 : 0));
            boolean clamp = random.nextBoolean();
            assertEquals(
                    Hrefs.resolvePath("", dir + path, clamp),
                    Hrefs.resolvePath(dir, path.toString(), clamp),
                    dir + " + " + path);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " | ",
            quoteCharacter = '"',
            textBlock =
                    """
            a%20b.html        | a b.html
            caf%C3%A9         | café
            %7C%3E/2          | |>/2
            100%              | 100%
            %zz               | %zz
            %C3               | \uFFFD
            plain             | plain
            """)
    void percentDecodesAsUtf8(String encoded, String decoded) {
        assertEquals(decoded, Hrefs.percentDecode(encoded));
    }

    @Test
    void cleaningStripsControlsAtTheEndsAndTabsAndNewlinesInside() {
        assertEquals("javascript:x", Hrefs.clean("\n java\tscr\nipt:x \u0000"));
        assertEquals("a b.html", Hrefs.clean("a b.html"));
    }

    @Test
    void schemeIsLowerCasedAndOnlyForAbsoluteUrls() {
        assertEquals("javascript", Hrefs.scheme("JavaScript:x"));
        assertEquals("git+ssh", Hrefs.scheme("git+ssh://host/x"));
        assertNull(Hrefs.scheme("page.html"));
        assertNull(Hrefs.scheme("./a:b.html"));
        assertNull(Hrefs.scheme("1a:b"));
        assertNull(Hrefs.scheme("#x:y"));
    }

    @Test
    void extensionIsADotInTheLastSegmentNotAtItsStart() {
        assertEquals(true, Hrefs.hasExtension("a/b.html"));
        assertEquals(false, Hrefs.hasExtension("a.d/b"));
        assertEquals(false, Hrefs.hasExtension("a/.hidden"));
    }
}
