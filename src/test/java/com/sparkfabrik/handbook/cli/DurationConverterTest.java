package com.sparkfabrik.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

/** {@code --cache-ttl}: short forms and ISO-8601. */
class DurationConverterTest {

    private final LinksCommand.DurationConverter converter = new LinksCommand.DurationConverter();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "30s, PT30S",
        "15m, PT15M",
        "12h, PT12H",
        "1d, PT24H",
        "2D, PT48H",
        "P1D, PT24H",
        "pt90m, PT1H30M"
    })
    void readsShortFormsAndIso(String text, String iso) {
        assertEquals(Duration.parse(iso), converter.convert(text));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"", "d", "1", "1w", "1.5h", "-1d", "P", "99999999999999d"})
    void rejectsAnythingElse(String text) {
        assertThrows(TypeConversionException.class, () -> converter.convert(text));
    }
}
