package com.sparkfabrik.handbook.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text from the input reaches a terminal or CI log escaped when it could move the cursor, start a
 * line, drive the terminal or make the line read differently from what it holds.
 */
class TerminalTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    a\u202Eevil.md                     | a\\u202Eevil.md          | right-to-left override
                    a\u202Ab\u202Bc\u202Cd\u202De      | a\\u202Ab\\u202Bc\\u202Cd\\u202De | embeddings and pop
                    a\u2066b\u2067c\u2068d\u2069       | a\\u2066b\\u2067c\\u2068d\\u2069 | isolates
                    zero\u200Bwidth\u200Cjoin\u200Dx   | zero\\u200Bwidth\\u200Cjoin\\u200Dx | zero-width space, non-joiner, joiner
                    mark\u200E\u200F\u061C             | mark\\u200E\\u200F\\u061C | direction marks
                    word\u2060joiner\uFEFFbom          | word\\u2060joiner\\uFEFFbom | word joiner and byte order mark
                    soft\u00ADhyphen                   | soft\\u00ADhyphen         | soft hyphen
                    esc\u001B[2Jclear                  | esc\\u001B[2Jclear        | escape sequence
                    bell\u0007nul\u0000del\u007F       | bell\\u0007nul\\u0000del\\u007F | C0 and DEL
                    csi\u009B31m                       | csi\\u009B31m             | C1 control
                    line\u2028para\u2029               | line\\u2028para\\u2029    | line and paragraph separators
                    tag\uDB40\uDC41                    | tag\\U000E0041            | tag character
                    lone\uD800surrogate                | lone\\uD800surrogate      | unpaired surrogate
                    non\uFFFEchar                      | non\\uFFFEchar            | non-character
                    private\uE000use                   | private\\uE000use         | private use
                    caffè naïve Straße 日本 😀          | caffè naïve Straße 日本 😀 | letters and emoji stay
                    """)
    void invisibleAndControllingCharactersAreEscaped(String input, String shown, String what) {
        assertEquals(shown, Terminal.printable(input), what);
    }

    @Test
    void lineBreaksAndTabsAreShownAsTheirEscapes() {
        assertEquals("a\\tb\\nc\\rd", Terminal.printable("a\tb\nc\rd"));
    }
}
